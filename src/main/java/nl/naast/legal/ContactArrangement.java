package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agreed contact (omgangsregeling) between parents and one child.
 *
 * @param frequency how often, in the family's words ("elke twee weken")
 * @param minutes how long each time
 * @param setBy who set it: the court, the agency, or an agreement together
 * @param endedOn its last day, or null while it runs
 */
public record ContactArrangement(UUID id, UUID childId, String frequency, int minutes, boolean supervised, String place,
		SetBy setBy, LocalDate since, LocalDate endedOn, String note, int version, Instant updatedAt) {

	public enum SetBy {

		COURT, AGENCY, AGREEMENT

	}

	/** In force on a day: started, and not ended before it. */
	public boolean current(LocalDate day) {
		return !since.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
	}

	/** Starts after a day. */
	public boolean later(LocalDate day) {
		return since.isAfter(day);
	}

}
