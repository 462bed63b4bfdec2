package nl.naast.shared.mail;

/**
 * Delivers one e-mail now, in the caller's thread, and says whether it went out: for a
 * persistent outbox that retries. Unlike {@link Postbox} it neither waits for a commit
 * nor swallows failures.
 */
public interface MailDelivery {

	/**
	 * @param messageId the Message-ID header, e.g. {@code <id@host>}: the same for every
	 * attempt at the same mail, so a receiving server can recognise a repeat
	 * @throws MailDeliveryException when the mail did not go out; its message holds no
	 * address and no body
	 */
	void deliver(Mail mail, String messageId);

}
