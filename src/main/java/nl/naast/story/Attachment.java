package nl.naast.story;

import java.time.Instant;
import java.util.UUID;

/** A file kept with an entry. */
public record Attachment(UUID id, UUID entryId, String fileName, String contentType, long sizeBytes, String sha256,
		String byName, Instant at) {
}
