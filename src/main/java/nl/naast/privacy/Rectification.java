package nl.naast.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A family's request to correct its file: "Dit klopt niet, verbeter het".
 *
 * @param about where in the file, in the family's words (or from the "klopt niet" mark it
 * was asked from); may be null
 * @param answer the coordinator's words to the family: what was changed, or why not
 */
public record Rectification(UUID id, UUID familyId, String about, String whatIsWrong, String shouldBe,
		RectificationStatus status, String answer, String askedByName, Instant askedAt, String answeredByName,
		Instant answeredAt, int version) {
}
