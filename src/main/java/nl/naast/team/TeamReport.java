package nl.naast.team;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.access.CoordinatorAssignments.FamilyCounts;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.reporting.ReportContribution;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.ReportSection;

/**
 * For the managers' overview: how many open families each coordinator has, and how many
 * families are starting, working together with a team, or done. Counts only.
 */
@Component
class TeamReport implements ReportContribution {

	/**
	 * Families per coordinator and families starting or working together both add up to
	 * the open families: one is the other's total, so the overview withholds rows with
	 * both in mind.
	 */
	static final String OPEN_FAMILIES = "open-families";

	private final CoordinatorAssignments assignments;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	TeamReport(CoordinatorAssignments assignments, Accounts accounts, JdbcClient jdbc) {
		this.assignments = assignments;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportSection> sections() {
		return List.of(caseload(), phases());
	}

	private ReportSection caseload() {
		Map<UUID, Long> caseloads = assignments.openCaseloads();
		Map<UUID, AccountSummary> coordinators = accounts.findAll(caseloads.keySet());
		List<ReportRow> rows = caseloads.entrySet()
			.stream()
			.filter(e -> coordinators.containsKey(e.getKey()))
			.sorted(Comparator.comparing(e -> coordinators.get(e.getKey()).displayName()))
			.map(e -> ReportRow.count(coordinators.get(e.getKey()).displayName(), false, e.getValue())
				.partOf(OPEN_FAMILIES))
			.toList();
		return new ReportSection("reports.caseload.title", "reports.caseload.intro", "reports.caseload.coordinator",
				List.of("reports.caseload.families"), rows, true);
	}

	/**
	 * Starting: no team member has been let in yet; working together: at least one active
	 * member; ended: the coordinator closed the team's work.
	 */
	private ReportSection phases() {
		FamilyCounts counts = assignments.familyCounts();
		long working = jdbc.sql("""
				SELECT COUNT(DISTINCT m.family_id) FROM team_membership m
				WHERE m.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM team_closing c WHERE c.family_id = m.family_id)
				""").query(Long.class).single();
		working = Math.min(working, counts.open());
		return new ReportSection("reports.phases.title", "reports.phases.intro", "reports.phases.phase",
				List.of("reports.phases.families"),
				List.of(ReportRow.count("reports.phase.starting", true, counts.open() - working).partOf(OPEN_FAMILIES),
						ReportRow.count("reports.phase.working", true, working).partOf(OPEN_FAMILIES),
						ReportRow.count("reports.phase.ended", true, counts.closed())),
				false);
	}

}
