package nl.naast.legal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class LegalErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	LegalErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String part() {
		return "legal";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("legal_reminder_choice", familyId) + delete("legal_reminder", familyId)
				+ delete("legal_document", familyId) + delete("legal_event", familyId)
				+ delete("contact_moment_change", familyId) + delete("contact_moment", familyId)
				+ delete("contact_arrangement_change", familyId) + delete("contact_arrangement", familyId)
				+ delete("legal_measure", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
