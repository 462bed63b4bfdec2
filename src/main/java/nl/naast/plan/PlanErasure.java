package nl.naast.plan;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class PlanErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	PlanErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String part() {
		return "plan";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("plan_change", familyId) + delete("plan_step", familyId) + delete("plan_goal", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
