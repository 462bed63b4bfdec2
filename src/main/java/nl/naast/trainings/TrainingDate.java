package nl.naast.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.naast.shared.DisplayTime;

/**
 * One scheduled date of a session, with how many are registered and waiting.
 *
 * @param place the address, or null when it is online only
 * @param onlineUrl the link for an online date, or null
 * @param registrationUntil the last day people can register
 */
public record TrainingDate(UUID id, UUID sessionId, Instant startsAt, Instant endsAt, String place, String onlineUrl,
		int capacity, LocalDate registrationUntil, int version, int registered, int waiting) {

	public boolean online() {
		return place == null || place.isBlank();
	}

	public int placesLeft() {
		return Math.max(0, capacity - registered);
	}

	public boolean full() {
		return registered >= capacity;
	}

	/**
	 * Registration is possible: the date has not started and the deadline has not passed.
	 */
	public boolean open(Instant now) {
		return startsAt.isAfter(now)
				&& !DisplayTime.today(java.time.Clock.fixed(now, DisplayTime.ZONE)).isAfter(registrationUntil);
	}

	public LocalDate day() {
		return startsAt.atZone(DisplayTime.ZONE).toLocalDate();
	}

	/** Where: the place, or the online link. */
	public String where() {
		return online() ? (onlineUrl == null ? "" : onlineUrl) : place;
	}

}
