package nl.naast.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * "Dit klopt niet": a parent's correction of one part of the summary. It stays visible.
 */
public record Correction(UUID id, UUID meetingId, SummarySection section, String correction, String byName,
		Instant at) {
}
