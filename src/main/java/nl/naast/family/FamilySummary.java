package nl.naast.family;

import java.time.Instant;
import java.util.UUID;

/** A family in a list: its name and little else. */
public record FamilySummary(UUID id, String name, int children, Instant updatedAt) {
}
