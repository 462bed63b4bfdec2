package nl.naast.demands;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class DemandsErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	DemandsErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String part() {
		return "demands";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("demand_contradiction", familyId) + delete("demand_change", familyId)
				+ delete("demand_mark", familyId) + delete("demand", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
