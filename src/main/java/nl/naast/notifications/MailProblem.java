package nl.naast.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification mail that needs an administrator: it failed every attempt, or it was
 * being sent when Naast stopped, so nobody knows whether it went out.
 *
 * @param recipient the address, partly hidden
 * @param status {@code FAILED} or {@code UNCERTAIN}
 */
public record MailProblem(UUID id, String recipient, NotificationKind kind, String status, int attempts,
		String lastError, Instant createdAt, Instant lastAttemptAt) {

	/** "j***@example.nl": enough to recognise, not enough to copy. */
	static String mask(String address) {
		int at = address.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

}
