package nl.naast.demands;

import java.time.Instant;
import java.util.UUID;

/**
 * Two demands that cannot both be met.
 *
 * @param detected found by Naast (same topic, opposite direction, overlapping time)
 * rather than linked by a person
 */
public record Contradiction(UUID id, UUID firstId, UUID secondId, String note, boolean detected, String linkedByName,
		Instant linkedAt, Instant resolvedAt, String resolvedByName, String resolution) {

	public boolean open() {
		return resolvedAt == null;
	}

}
