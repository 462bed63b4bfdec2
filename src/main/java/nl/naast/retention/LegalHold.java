package nl.naast.retention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A reason not to erase a family now, such as a child protection measure still running.
 * Held families are skipped by the nightly run and their erasure requests cannot be
 * approved.
 */
public interface LegalHold {

	/** The message key of the hold, or empty when nothing holds the family's data. */
	Optional<String> holdOn(UUID familyId, LocalDate today);

}
