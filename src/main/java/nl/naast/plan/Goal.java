package nl.naast.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/**
 * A goal in the words of whoever wrote it.
 *
 * @param authorKind how the author is related to the family; a goal by a professional
 * counts as the family's only once the family agreed ({@code agreedAt})
 */
public record Goal(UUID id, Horizon horizon, String text, Progress status, UUID authorAccountId, String authorName,
		RelationshipKind authorKind, Instant agreedAt, String agreedByName, int version, Instant createdAt,
		List<Step> steps) {

	public boolean writtenOnBehalf() {
		return authorKind == RelationshipKind.COORDINATOR || authorKind == RelationshipKind.TEAM_MEMBER;
	}

	public boolean agreed() {
		return agreedAt != null;
	}

}
