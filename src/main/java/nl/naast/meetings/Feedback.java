package nl.naast.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * A parent's answers to "did it help?" after a meeting, each from 0 to 10.
 *
 * @param heard "I was heard"
 * @param mattered "we talked about what mattered to me"
 * @param nextKnown "I know what happens next"
 * @param useful "it was useful to me"
 */
public record Feedback(UUID meetingId, UUID byId, String byName, int heard, int mattered, int nextKnown, int useful,
		String comment, Instant at) {
}
