package nl.naast.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/** The plan's part of the family's export: goals, steps and every change to them. */
@Component
class PlanData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	PlanData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("PLAN")) {
			sections.add(FamilyRows.section(jdbc, "plan.goals",
					"SELECT * FROM plan_goal WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "plan.steps",
					"SELECT * FROM plan_step WHERE family_id = ? ORDER BY goal_id, position", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "plan.changes",
					"SELECT * FROM plan_change WHERE family_id = ? ORDER BY changed_at", subject.familyId()));
		}
		return sections;
	}

}
