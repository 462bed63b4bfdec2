package nl.naast.demands;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a demand: changed (with what it said before and after), done or
 * withdrawn, and why.
 */
public record DemandChange(UUID demandId, Instant at, String byName, DemandStatus status, String reason, String oldText,
		String newText) {

	public boolean changed() {
		return oldText != null;
	}

}
