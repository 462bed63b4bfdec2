package nl.naast.reflection;

import java.time.Instant;
import java.util.UUID;

/**
 * A case question (casusvraag) prepared for intervision, with a summary that must not
 * point at the family.
 *
 * @param familyName the linked family, only ever filled in for the author
 * @param sessionTopic the session it was brought to, or null while still the author's
 */
public record CaseQuestion(UUID id, String authorName, UUID familyId, String familyName, String question,
		String summary, UUID sessionId, String sessionTopic, Instant createdAt) {
}
