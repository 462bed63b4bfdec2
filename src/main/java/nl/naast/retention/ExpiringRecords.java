package nl.naast.retention;

import java.time.Instant;

/**
 * Records that are not part of a family file and expire by age, such as notifications.
 * The module that owns them deletes those created before the cutoff.
 */
public interface ExpiringRecords {

	/** The retention class in configuration, e.g. {@code notifications}. */
	String retentionClass();

	/** Deletes records created before the cutoff; returns how many. */
	int eraseCreatedBefore(Instant cutoff);

}
