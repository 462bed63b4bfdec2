package nl.naast.demands;

import java.time.Instant;
import java.util.UUID;

/** The family's own voice on a demand. */
public record Mark(UUID demandId, Kind kind, String words, String byName, Instant at) {

	public enum Kind {

		/** "te veel" */
		TOO_MUCH,
		/** "onduidelijk" */
		UNCLEAR,
		/** "klopt niet" */
		NOT_RIGHT

	}

}
