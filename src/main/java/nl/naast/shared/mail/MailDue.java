package nl.naast.shared.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail that must reach its recipient even when the mail server is away for a while.
 * Publish it inside the transaction that decided to send it: the notifications module
 * puts it in its persistent outbox in that same transaction (so it is rolled back
 * together, and nobody gets a link to something that was not saved), sends it after the
 * commit, tries again with growing waits, and shows it to administrators at
 * {@code /admin/notifications} when it keeps failing. Attachments go along.
 *
 * @param id the mail's id, also in its Message-ID; publishing the same id twice queues it
 * once
 * @param topic a message key that says what kind of mail this is, for administrators;
 * never the content
 * @param mail recipient, subject, text and attachments
 * @param keepUntil when the queued copy (address, text, attachments) is erased at the
 * latest, sent or not: the sender's own retention promise
 */
public record MailDue(UUID id, String topic, Mail mail, Instant keepUntil) {

	public MailDue {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(mail, "mail");
		Objects.requireNonNull(keepUntil, "keepUntil");
	}

}
