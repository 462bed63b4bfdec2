package nl.naast.retention;

import java.util.UUID;

/**
 * A module's part in erasing one family: it deletes every row (and file) it holds about
 * the family. Runs inside the erasure's transaction; files are removed only after it
 * commits. Implementations live in the modules that own the data, so retention needs to
 * know none of their tables.
 */
public interface FamilyErasure {

	/** Parts with a lower order are erased first (who-may-see-what comes last). */
	default int order() {
		return 0;
	}

	/** A stable name for the report, e.g. {@code story}. */
	String part();

	/**
	 * Deletes what this module holds about the family; returns how many rows and files.
	 */
	int eraseFamily(UUID familyId);

}
