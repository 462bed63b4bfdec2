package nl.naast.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/** Steam off: a note only the parents and the coordinator ever read. */
public record PrivateNote(UUID id, UUID meetingId, String words, String byName, RelationshipKind byKind, Instant at) {
}
