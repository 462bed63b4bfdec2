package nl.naast.signals;

import java.util.UUID;

/**
 * A barrier on its author's own list, with the family it is linked to: only its author
 * ever sees that link.
 *
 * @param familyId the linked family, or null
 * @param familyName the linked family's name, or null (also when the author no longer has
 * access to it)
 */
public record OwnBarrier(Barrier barrier, UUID familyId, String familyName) {
}
