package nl.naast.demands;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a week is too much for a parent. The defaults, and why:
 *
 * @param travelPerAppointment time to get to an appointment and back (30 minutes: most
 * appointments are in the family's own town, by public transport)
 * @param maxAppointmentsPerWeek more than 6 appointments is more than one every working
 * day, with nothing left to recover; stress-sensitive working asks for fewer, clearer
 * demands
 * @param maxHoursPerWeek more than 12 hours of appointments and travel is a third of a
 * part-time job, on top of caring, working and coping
 * @param allDay what an all-day appointment counts for (a working day)
 */
@ConfigurationProperties("naast.demands")
public record LoadRules(Duration travelPerAppointment, int maxAppointmentsPerWeek, Duration maxHoursPerWeek,
		Duration allDay) {

	public LoadRules {
		travelPerAppointment = travelPerAppointment == null ? Duration.ofMinutes(30) : travelPerAppointment;
		maxAppointmentsPerWeek = maxAppointmentsPerWeek <= 0 ? 6 : maxAppointmentsPerWeek;
		maxHoursPerWeek = maxHoursPerWeek == null ? Duration.ofHours(12) : maxHoursPerWeek;
		allDay = allDay == null ? Duration.ofHours(8) : allDay;
	}

	public static LoadRules defaults() {
		return new LoadRules(null, 0, null, null);
	}

}
