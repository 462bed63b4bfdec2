package nl.naast.demands;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts, per week and per person, the appointments (with travel) and deadlines of open
 * demands, and marks the weeks that are too much. One pass over the demands, whatever
 * their number.
 */
public final class Load {

	private Load() {
	}

	/**
	 * @param people the people to show, in order, with their names
	 */
	public static List<WeekLoad> perWeek(List<Demand> demands, Map<UUID, String> people, LocalDate firstMonday,
			int weeks, LoadRules rules, ZoneId zone) {
		int[][] appointments = new int[people.size()][weeks];
		int[][] deadlines = new int[people.size()][weeks];
		Duration[][] time = new Duration[people.size()][weeks];
		List<UUID> order = new ArrayList<>(people.keySet());
		Map<UUID, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < order.size(); i++) {
			index.put(order.get(i), i);
			for (int w = 0; w < weeks; w++) {
				time[i][w] = Duration.ZERO;
			}
		}
		for (Demand demand : demands) {
			Integer person = index.get(demand.askedOfId());
			if (!demand.open() || person == null) {
				continue;
			}
			var day = demand.day(zone);
			if (day.isEmpty()) {
				continue;
			}
			long week = ChronoUnit.WEEKS.between(firstMonday, day.get().with(DayOfWeek.MONDAY));
			if (week < 0 || week >= weeks) {
				continue;
			}
			int w = (int) week;
			if (demand.kind() == DemandKind.APPOINTMENT) {
				appointments[person][w]++;
				Duration length = demand.allDay() ? rules.allDay()
						: Duration.between(demand.startsAt(), demand.endsAt()).plus(rules.travelPerAppointment());
				time[person][w] = time[person][w].plus(length);
			}
			else {
				deadlines[person][w]++;
			}
		}
		List<WeekLoad> result = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			for (int w = 0; w < weeks; w++) {
				boolean overload = appointments[i][w] > rules.maxAppointmentsPerWeek()
						|| time[i][w].compareTo(rules.maxHoursPerWeek()) > 0;
				result.add(new WeekLoad(firstMonday.plusWeeks(w), order.get(i), people.get(order.get(i)),
						appointments[i][w], deadlines[i][w], appointments[i][w] + deadlines[i][w], time[i][w],
						overload));
			}
		}
		return result;
	}

}
