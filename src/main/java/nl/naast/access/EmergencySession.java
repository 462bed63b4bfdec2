package nl.naast.access;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One use of the emergency procedure: a manager opened one family's file, read-only,
 * until {@code expiresAt}, for the written reason; someone else reviews it afterwards.
 *
 * @param endedAt when the stop was recorded (ended early, or found expired); null before
 * @param reviewOutcome null until reviewed
 */
public record EmergencySession(UUID id, UUID familyId, UUID accountId, String accountName, String reason,
		Instant openedAt, Instant expiresAt, Instant endedAt, ReviewOutcome reviewOutcome, String reviewNote,
		UUID reviewedBy, String reviewedByName, Instant reviewedAt, int version) {

	/** What the reviewer concluded. */
	public enum ReviewOutcome {

		JUSTIFIED, NOT_JUSTIFIED

	}

	/** Whether the file is open to the manager at this moment. */
	public boolean activeAt(Instant now) {
		return endedAt == null && now.isBefore(expiresAt);
	}

	/** The moment access stopped: ended early, or the expiry. */
	public Instant stoppedAt() {
		return endedAt != null && endedAt.isBefore(expiresAt) ? endedAt : expiresAt;
	}

	public boolean reviewed() {
		return reviewOutcome != null;
	}

	/** Not reviewed although it was opened longer ago than the review period. */
	public boolean overdueAt(Instant now, int reviewDays) {
		return !reviewed() && Duration.between(openedAt, now).compareTo(Duration.ofDays(reviewDays)) > 0;
	}

}
