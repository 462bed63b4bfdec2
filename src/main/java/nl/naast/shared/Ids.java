package nl.naast.shared;

import java.util.Optional;
import java.util.UUID;

/** Random ids for everything that appears in a URL: nobody can guess the next family. */
public final class Ids {

	private Ids() {
	}

	public static UUID next() {
		return UUID.randomUUID();
	}

	/** Parses an id from a URL or form; anything malformed is simply "not found". */
	public static Optional<UUID> parse(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
