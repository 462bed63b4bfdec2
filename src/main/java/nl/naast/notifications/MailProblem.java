package nl.naast.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail in the outbox that needs an administrator: it failed every attempt, or it was
 * being sent when Naast stopped, so nobody knows whether it went out.
 *
 * @param recipient the address, partly hidden
 * @param topic the message key that names what the mail is about (never its content)
 * @param status {@code FAILED} or {@code UNCERTAIN}
 */
public record MailProblem(UUID id, String recipient, String topic, String status, int attempts, String lastError,
		Instant createdAt, Instant lastAttemptAt) {

	/** "j***@example.nl": enough to recognise, not enough to copy. */
	static String mask(String address) {
		int at = address.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

}
