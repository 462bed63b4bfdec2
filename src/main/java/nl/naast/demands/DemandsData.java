package nl.naast.demands;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * What is asked of the family, with the family's marks ("klopt niet" among them), changes
 * and contradictions, for the family's export.
 */
@Component
class DemandsData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	DemandsData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("DEMANDS")) {
			sections.add(FamilyRows.section(jdbc, "demands.demands",
					"SELECT * FROM demand WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "demands.marks",
					"SELECT * FROM demand_mark WHERE family_id = ? ORDER BY marked_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "demands.changes",
					"SELECT * FROM demand_change WHERE family_id = ? ORDER BY changed_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "demands.contradictions",
					"SELECT * FROM demand_contradiction WHERE family_id = ? ORDER BY linked_at", subject.familyId()));
		}
		return sections;
	}

}
