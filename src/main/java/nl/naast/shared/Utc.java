package nl.naast.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments are stored in UTC; JDBC drivers for H2 and PostgreSQL both take an
 * OffsetDateTime.
 */
public final class Utc {

	private Utc() {
	}

	/** The moment for a database column, or null for null. */
	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
