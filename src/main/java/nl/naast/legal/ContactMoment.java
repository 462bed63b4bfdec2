package nl.naast.legal;

import java.time.Instant;
import java.util.UUID;

/**
 * One planned contact moment and what happened.
 *
 * @param cancelledBy who cancelled, when cancelled
 * @param actualMinutes how long it really lasted, when shortened
 */
public record ContactMoment(UUID id, UUID childId, Instant startsAt, int minutes, String place, boolean supervised,
		Outcome outcome, CancelledBy cancelledBy, String reason, Integer actualMinutes, String note, int version,
		Instant updatedAt) {

	public enum Outcome {

		PLANNED, HAPPENED, CANCELLED, SHORTENED

	}

	public enum CancelledBy {

		PARENT, FOSTER_FAMILY, AGENCY, CHILD, OTHER

	}

	/** Planned, its time passed, and nobody said yet how it went. */
	public boolean unrecorded(Instant now) {
		return outcome == Outcome.PLANNED && startsAt.isBefore(now);
	}

}
