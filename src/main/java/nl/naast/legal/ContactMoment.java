package nl.naast.legal;

import java.time.Instant;
import java.util.UUID;

/**
 * One planned contact moment and what happened.
 *
 * @param cancelledBy who cancelled, when cancelled
 * @param actualMinutes how long it really lasted, when shortened
 * @param removedAt when it was removed as entered by mistake, or null: a removed moment
 * stays visible with its history, out of the totals
 */
public record ContactMoment(UUID id, UUID childId, Instant startsAt, int minutes, String place, boolean supervised,
		Outcome outcome, CancelledBy cancelledBy, String reason, Integer actualMinutes, String note, Instant removedAt,
		int version, Instant updatedAt) {

	public enum Outcome {

		PLANNED, HAPPENED, CANCELLED, SHORTENED

	}

	public enum CancelledBy {

		PARENT, FOSTER_FAMILY, AGENCY, CHILD, OTHER

	}

	/** Planned, its time passed, and nobody said yet how it went. */
	public boolean unrecorded(Instant now) {
		return !removed() && outcome == Outcome.PLANNED && startsAt.isBefore(now);
	}

	public boolean removed() {
		return removedAt != null;
	}

	/** Only a moment still planned can be moved or removed as a mistake. */
	public boolean correctable() {
		return !removed() && outcome == Outcome.PLANNED;
	}

}
