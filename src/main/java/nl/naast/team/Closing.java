package nl.naast.team;

import java.time.Instant;
import java.time.LocalDate;

/** How the team's work with a family ended. */
public record Closing(String summary, String handover, String familyWords, Instant closedAt, LocalDate retentionUntil,
		int version) {
}
