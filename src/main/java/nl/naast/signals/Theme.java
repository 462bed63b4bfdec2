package nl.naast.signals;

import java.time.Instant;
import java.util.UUID;

/**
 * Barriers that belong together, and what was done about them.
 *
 * @param action what the team managers did, e.g. "raised with the ministry", or null
 * @param barriers how many barriers are in it
 */
public record Theme(UUID id, String title, String description, String action, long barriers, int version,
		Instant createdAt) {
}
