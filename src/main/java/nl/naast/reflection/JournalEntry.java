package nl.naast.reflection;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a professional's doubt journal (twijfeldagboek). The prompts are answered
 * freely; any of them may stay empty.
 *
 * @param knew what I thought I knew
 * @param notKnown what I did not know
 * @param assumed what I assume about this family
 * @param tomorrow what I will do differently tomorrow
 * @param familyName the linked family as its author sees it, or null
 */
public record JournalEntry(UUID id, UUID familyId, String familyName, String knew, String notKnown, String assumed,
		String tomorrow, String freeText, int version, Instant createdAt, Instant updatedAt) {

	public boolean edited() {
		return updatedAt.isAfter(createdAt.plusSeconds(60));
	}

}
