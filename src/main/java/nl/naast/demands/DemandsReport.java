package nl.naast.demands;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.reporting.ReportContribution;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.ReportSection;
import nl.naast.shared.DisplayTime;

/**
 * For the managers' overview: how many families this week are asked too much, have
 * appointments they cannot both keep, or have demands that contradict each other; only
 * families the team still works with count. One query for the whole week; load and
 * clashes are then worked out per family in memory.
 */
@Component
class DemandsReport implements ReportContribution {

	private final DemandRepository demands;

	private final CoordinatorAssignments assignments;

	private final LoadRules rules;

	private final Clock clock;

	DemandsReport(DemandRepository demands, CoordinatorAssignments assignments, LoadRules rules, Clock clock) {
		this.demands = demands;
		this.assignments = assignments;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportSection> sections() {
		LocalDate monday = DisplayTime.today(clock).with(DayOfWeek.MONDAY);
		Map<UUID, List<Demand>> week = demands.openInWeek(monday.atStartOfDay(Demands.ZONE).toInstant(),
				monday.plusWeeks(1).atStartOfDay(Demands.ZONE).toInstant(), monday, monday.plusDays(6));
		Set<UUID> contradicting = demands.familiesWithOpenContradictions();
		Set<UUID> involved = new HashSet<>(week.keySet());
		involved.addAll(contradicting);
		// a family whose work has ended is no longer the team's concern
		Set<UUID> open = assignments.openAmong(involved);
		long overloaded = 0;
		long clashing = 0;
		for (var family : week.entrySet()) {
			if (!open.contains(family.getKey())) {
				continue;
			}
			List<Demand> own = family.getValue();
			Map<UUID, String> people = new LinkedHashMap<>();
			own.forEach(d -> people.putIfAbsent(d.askedOfId(), ""));
			if (Load.perWeek(own, people, monday, 1, rules, Demands.ZONE).stream().anyMatch(WeekLoad::overload)) {
				overloaded++;
			}
			List<Appointment> appointments = new ArrayList<>(
					own.stream().flatMap(d -> d.appointment().stream()).toList());
			if (!Clashes.find(appointments, rules.travelPerAppointment()).isEmpty()) {
				clashing++;
			}
		}
		return List.of(new ReportSection("reports.demands.title", "reports.demands.intro", "reports.demands.what",
				List.of("reports.demands.families"),
				List.of(ReportRow.count("reports.demands.overload", true, overloaded),
						ReportRow.count("reports.demands.clash", true, clashing),
						ReportRow.count("reports.demands.contradiction", true,
								contradicting.stream().filter(open::contains).count())),
				false));
	}

}
