package nl.naast.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One decision of the family: a part opened to, or closed for, one team member.
 *
 * @param granted true when opened, false when withdrawn
 */
public record ConsentChange(UUID familyId, UUID memberAccountId, String memberName, FilePart part, boolean granted,
		Instant at, UUID byAccountId, String byName) {
}
