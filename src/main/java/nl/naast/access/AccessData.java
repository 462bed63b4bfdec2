package nl.naast.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * Who has access to the family's file, the family's consent decisions and the end of the
 * team's work, for the family's export.
 */
@Component
class AccessData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	AccessData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("RELATIONSHIPS")) {
			sections.add(FamilyRows.section(jdbc, "access.relationships",
					"SELECT * FROM family_relationship WHERE family_id = ? ORDER BY created_at", subject.familyId()));
		}
		if (subject.sees("CONSENT")) {
			sections.add(FamilyRows.section(jdbc, "access.consent",
					"SELECT * FROM family_consent WHERE family_id = ? ORDER BY granted_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "access.consent-changes",
					"SELECT * FROM family_consent_change WHERE family_id = ? ORDER BY changed_at", subject.familyId()));
		}
		if (subject.sees("OVERVIEW")) {
			sections.add(FamilyRows.section(jdbc, "access.closure", "SELECT * FROM family_closure WHERE family_id = ?",
					subject.familyId()));
		}
		return sections;
	}

}
