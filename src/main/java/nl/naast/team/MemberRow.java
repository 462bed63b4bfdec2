package nl.naast.team;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import nl.naast.access.FilePart;

/** A professional on the team page. */
public record MemberRow(UUID membershipId, UUID accountId, String name, String organisation, String email,
		String roleForFamily, String task, String notTask, MembershipStatus status, Instant since, Instant endedAt,
		Set<FilePart> parts) {
}
