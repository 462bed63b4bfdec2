package nl.naast.meetings;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases what this module holds about a family, children rows before their parents. */
@Component
class MeetingsErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	MeetingsErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String part() {
		return "meetings";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return 0 + delete("meeting_feedback_professional", familyId) + delete("meeting_feedback", familyId)
				+ delete("meeting_private_note", familyId) + delete("meeting_correction", familyId)
				+ delete("meeting_own_account", familyId) + delete("meeting_agreement", familyId)
				+ delete("meeting_attendee", familyId) + delete("meeting", familyId);
	}

	// table names are constants of this class, never input
	private int delete(String table, UUID familyId) {
		return jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
	}

}
