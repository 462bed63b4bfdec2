package nl.naast.family;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The family file's part of the family's export: the family, its parents and carers, its
 * children. A young person gets what their home page shows: the family's name, the
 * parents' names and their own line.
 */
@Component
class FamilyData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	FamilyData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (!subject.sees("OVERVIEW")) {
			return sections;
		}
		if (subject.ownMemberId() != null) {
			sections.add(
					FamilyRows.section(jdbc, "family", "SELECT id, name FROM family WHERE id = ?", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "family.carers",
					"SELECT id, name FROM family_carer WHERE family_id = ? ORDER BY position", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "family.children",
					"SELECT * FROM family_child WHERE family_id = ? AND id = ?", subject.familyId(),
					subject.ownMemberId()));
			return sections;
		}
		sections.add(FamilyRows.section(jdbc, "family", "SELECT * FROM family WHERE id = ?", subject.familyId()));
		sections.add(FamilyRows.section(jdbc, "family.carers",
				"SELECT * FROM family_carer WHERE family_id = ? ORDER BY position", subject.familyId()));
		sections.add(FamilyRows.section(jdbc, "family.children",
				"SELECT * FROM family_child WHERE family_id = ? ORDER BY position", subject.familyId()));
		return sections;
	}

}
