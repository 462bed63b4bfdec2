package nl.naast.meetings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * Meetings with their preparation, summaries, agreements, the parents' own accounts,
 * corrections, feedback and the private notes of parents and coordinator (steam off), for
 * the family's export.
 */
@Component
class MeetingsData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	MeetingsData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("MEETINGS")) {
			sections.add(FamilyRows.section(jdbc, "meetings.meetings",
					"SELECT * FROM meeting WHERE family_id = ? ORDER BY meets_on, created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "meetings.attendees",
					"SELECT * FROM meeting_attendee WHERE family_id = ? ORDER BY meeting_id, name",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "meetings.agreements",
					"SELECT * FROM meeting_agreement WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "meetings.own-accounts",
					"SELECT * FROM meeting_own_account WHERE family_id = ? ORDER BY written_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "meetings.corrections",
					"SELECT * FROM meeting_correction WHERE family_id = ? ORDER BY at", subject.familyId()));
			// as on the meeting page: a parent, and anyone who may not read the feedback
			// part, sees only the feedback they gave
			if (subject.isParent() || !subject.sees("FEEDBACK")) {
				sections.add(FamilyRows.section(jdbc, "meetings.feedback",
						"SELECT * FROM meeting_feedback WHERE family_id = ? AND by_id = ? ORDER BY at",
						subject.familyId(), subject.requesterId()));
				sections.add(FamilyRows.section(jdbc, "meetings.feedback-professionals",
						"SELECT p.* FROM meeting_feedback_professional p JOIN meeting_feedback f ON f.id = p.feedback_id "
								+ "WHERE p.family_id = ? AND f.family_id = ? AND f.by_id = ? "
								+ "ORDER BY p.feedback_id, p.professional_id",
						subject.familyId(), subject.familyId(), subject.requesterId()));
			}
			else {
				sections.add(FamilyRows.section(jdbc, "meetings.feedback",
						"SELECT * FROM meeting_feedback WHERE family_id = ? ORDER BY at", subject.familyId()));
				sections.add(FamilyRows.section(jdbc, "meetings.feedback-professionals",
						"SELECT * FROM meeting_feedback_professional WHERE family_id = ? ORDER BY feedback_id, professional_id",
						subject.familyId()));
			}
			// "steam off" notes are between the parents and the coordinator only
			if (subject.isParent() || subject.isCoordinator()) {
				sections.add(FamilyRows.section(jdbc, "meetings.private-notes",
						"SELECT * FROM meeting_private_note WHERE family_id = ? ORDER BY at", subject.familyId()));
			}
		}
		return sections;
	}

}
