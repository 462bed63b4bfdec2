package nl.naast.legal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * Measures (their documents by name and checksum), hearings and deadlines, reminders, and
 * contact (omgang), for the family's export.
 */
@Component
class LegalData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	LegalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("LEGAL")) {
			sections.add(FamilyRows.section(jdbc, "legal.measures",
					"SELECT * FROM legal_measure WHERE family_id = ? ORDER BY starts_on, created_at",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "legal.documents",
					"SELECT measure_id, family_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by "
							+ "FROM legal_document WHERE family_id = ? ORDER BY uploaded_at",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "legal.events",
					"SELECT * FROM legal_event WHERE family_id = ? ORDER BY due_on, created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "legal.reminders",
					"SELECT * FROM legal_reminder WHERE family_id = ? ORDER BY sent_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "legal.reminder-choices",
					"SELECT * FROM legal_reminder_choice WHERE family_id = ? ORDER BY chosen_at", subject.familyId()));
		}
		if (subject.sees("CONTACT")) {
			sections.add(FamilyRows.section(jdbc, "contact.arrangements",
					"SELECT * FROM contact_arrangement WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "contact.arrangement-changes",
					"SELECT * FROM contact_arrangement_change WHERE family_id = ? ORDER BY changed_at",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "contact.moments",
					"SELECT * FROM contact_moment WHERE family_id = ? ORDER BY starts_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "contact.changes",
					"SELECT * FROM contact_moment_change WHERE family_id = ? ORDER BY changed_at", subject.familyId()));
		}
		return sections;
	}

}
