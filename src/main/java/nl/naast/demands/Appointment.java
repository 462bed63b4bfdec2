package nl.naast.demands;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An appointment as clash detection sees it: who must be there, and when.
 *
 * @param start when it starts; for an all-day appointment the start of that day
 * @param end when it ends; for an all-day appointment the start of the next day
 * @param allDay all-day appointments take the whole day, travel included
 */
public record Appointment(UUID demandId, UUID personId, Instant start, Instant end, boolean allDay) {

	/**
	 * The time this appointment takes from the person: getting there first, then the
	 * appointment itself.
	 */
	Instant busyFrom(Duration travel) {
		return allDay ? start : start.minus(travel);
	}

}
