package nl.naast.journey;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class JourneyErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	JourneyErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String part() {
		return "journey";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("help_notice", familyId) + delete("help_rating", familyId) + delete("journey_mood", familyId)
				+ delete("journey_milestone", familyId) + delete("journey_entry", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
