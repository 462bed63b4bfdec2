package nl.naast.legal;

import java.time.Instant;
import java.util.UUID;

import nl.naast.legal.ContactMoment.CancelledBy;
import nl.naast.legal.ContactMoment.Outcome;

/**
 * Someone changed a contact moment: said how it went, moved it, or removed it; what, who
 * and when.
 *
 * @param movedFrom for a move, the time it was planned at before
 * @param movedTo for a move, the new time
 */
public record ContactChange(UUID momentId, Kind kind, Outcome outcome, CancelledBy cancelledBy, Integer actualMinutes,
		String reason, Instant movedFrom, Instant movedTo, Instant changedAt, String byName) {

	public enum Kind {

		/** how it went */
		OUTCOME,
		/** planned at another time */
		MOVED,
		/** entered by mistake */
		REMOVED

	}

}
