package nl.naast.legal;

import java.time.Instant;
import java.util.UUID;

import nl.naast.legal.ContactMoment.CancelledBy;
import nl.naast.legal.ContactMoment.Outcome;

/** Someone said how a contact moment went: what, who and when. */
public record ContactChange(UUID momentId, Outcome outcome, CancelledBy cancelledBy, Integer actualMinutes,
		String reason, Instant changedAt, String byName) {
}
