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
 */
public record ContactArrangement(UUID id, UUID childId, String frequency, int minutes, boolean supervised, String place,
		SetBy setBy, LocalDate since, String note, int version, Instant updatedAt) {

	public enum SetBy {

		COURT, AGENCY, AGREEMENT

	}

}
