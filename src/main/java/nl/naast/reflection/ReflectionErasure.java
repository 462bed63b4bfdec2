package nl.naast.reflection;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class ReflectionErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	ReflectionErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String part() {
		return "reflection";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("reflection_case_question", familyId) + delete("reflection_journal_entry", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
