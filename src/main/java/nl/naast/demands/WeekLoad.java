package nl.naast.demands;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one week asks of one person.
 *
 * @param demands appointments and deadlines that week
 * @param time appointments plus travel
 */
public record WeekLoad(LocalDate monday, UUID personId, String personName, int appointments, int deadlines, int demands,
		Duration time, boolean overload) {

	public long hours() {
		return time.toHours();
	}

	public long extraMinutes() {
		return time.toMinutesPart();
	}

}
