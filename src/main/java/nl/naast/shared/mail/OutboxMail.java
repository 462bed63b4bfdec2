package nl.naast.shared.mail;

/** A mail in the demo outbox. */
public record OutboxMail(java.time.Instant sentAt, String recipient, String subject, String body) {
}
