package nl.naast.story;

import java.time.Instant;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/** One event in the family's story, as its author wrote it. */
public record Entry(UUID id, StoryDate when, String what, Domain domain, Valence valence, Source source, UUID authorId,
		String authorName, RelationshipKind authorKind, Instant createdAt) {

	/** Written by someone outside the family: the family can answer it. */
	public boolean byProfessional() {
		return authorKind == RelationshipKind.COORDINATOR || authorKind == RelationshipKind.TEAM_MEMBER;
	}

}
