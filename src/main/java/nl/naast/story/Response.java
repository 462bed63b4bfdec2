package nl.naast.story;

import java.time.Instant;
import java.util.UUID;

/** The family's words beside an entry. */
public record Response(UUID id, UUID entryId, ResponseKind kind, String words, String byName, Instant at) {
}
