package nl.naast.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A family's file as a whole. The version guards against two people saving over each
 * other.
 *
 * @param strengths what goes well and what the family draws strength from; always shown
 * before concerns
 */
public record Family(UUID id, String name, List<Carer> carers, List<Child> children, String strengths, String concerns,
		int version, Instant createdAt, Instant updatedAt) {
}
