package nl.naast.meetings;

import java.time.Instant;
import java.util.UUID;

/** A parent's own account of a meeting: how it was for them, and what they heard. */
public record OwnAccount(UUID meetingId, UUID authorId, String authorName, String howItWas, String whatHeard,
		Instant writtenAt, int version) {
}
