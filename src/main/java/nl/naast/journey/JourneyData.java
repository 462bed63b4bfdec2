package nl.naast.journey;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The journey: setbacks and unrest, milestones, moods, "does the help help?" ratings and
 * what was done with them, for the family's export.
 */
@Component
class JourneyData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	JourneyData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("FEEDBACK")) {
			sections.add(FamilyRows.section(jdbc, "journey.entries",
					"SELECT * FROM journey_entry WHERE family_id = ? ORDER BY happened_on, created_at",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "journey.milestones",
					"SELECT * FROM journey_milestone WHERE family_id = ? ORDER BY at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "journey.moods",
					"SELECT * FROM journey_mood WHERE family_id = ? ORDER BY for_month, at", subject.familyId()));
			// as on the journey page: a parent sees only the ratings they gave
			sections.add(subject.isParent() ? FamilyRows.section(jdbc, "journey.ratings",
					"SELECT * FROM help_rating WHERE family_id = ? AND parent_id = ? ORDER BY for_month, created_at",
					subject.familyId(), subject.requesterId())
					: FamilyRows.section(jdbc, "journey.ratings",
							"SELECT * FROM help_rating WHERE family_id = ? ORDER BY for_month, created_at",
							subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "journey.notices",
					"SELECT * FROM help_notice WHERE family_id = ? ORDER BY created_at", subject.familyId()));
		}
		return sections;
	}

}
