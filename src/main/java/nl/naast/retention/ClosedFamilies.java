package nl.naast.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Which family files were closed (the team's work ended), from the module that knows. */
public interface ClosedFamilies {

	/** Families whose file was closed on or before the given day (Europe/Amsterdam). */
	List<UUID> closedOnOrBefore(LocalDate day, int limit);

}
