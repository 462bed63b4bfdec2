package nl.naast.team;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The team's part of the family's export: memberships, the young people's views and the
 * closing. Invitation token hashes stay out: they are keys, not data about the family.
 */
@Component
class TeamData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	TeamData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("TEAM")) {
			sections.add(FamilyRows.section(jdbc, "team.memberships",
					"SELECT id, family_id, account_id, role_for_family, task, not_task, status, expires_at, "
							+ "invited_by, invited_at, accepted_at, joined_at, ended_at, ended_by, version, created_at, "
							+ "created_by, updated_at, updated_by FROM team_membership WHERE family_id = ? ORDER BY created_at",
					subject.familyId()));
			// as on the team page: parents see every young person's view, a young person
			// their own, the coordinator none
			if (subject.isParent()) {
				sections.add(FamilyRows.section(jdbc, "team.youth-views",
						"SELECT * FROM team_youth_view WHERE family_id = ? ORDER BY updated_at", subject.familyId()));
			}
			else if (subject.isYouth()) {
				sections.add(FamilyRows.section(jdbc, "team.youth-views",
						"SELECT * FROM team_youth_view WHERE family_id = ? AND youth_account_id = ? ORDER BY updated_at",
						subject.familyId(), subject.requesterId()));
			}
			sections.add(FamilyRows.section(jdbc, "team.closing", "SELECT * FROM team_closing WHERE family_id = ?",
					subject.familyId()));
		}
		return sections;
	}

}
