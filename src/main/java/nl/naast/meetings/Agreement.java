package nl.naast.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something agreed at a meeting, with who does it and by when.
 *
 * @param ownerValue {@code FAMILY:<id>} or {@code TEAM:<account id>}, as plan steps take
 * it
 * @param stepId the plan step it became, or null
 * @param demandId the demand it became, or null
 */
public record Agreement(UUID id, UUID meetingId, String what, String ownerValue, String ownerName, boolean ownerFamily,
		LocalDate dueOn, UUID stepId, UUID demandId, String createdByName, Instant createdAt, int version) {

	public boolean turned() {
		return stepId != null || demandId != null;
	}

	public UUID ownerId() {
		return UUID.fromString(ownerValue.substring(ownerValue.indexOf(':') + 1));
	}

}
