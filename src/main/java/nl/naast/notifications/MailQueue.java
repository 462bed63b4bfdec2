package nl.naast.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailDue;
import nl.naast.shared.Utc;

/**
 * The persistent outbox: notification mail, and mail other modules queue through
 * {@link MailDue}. Every change of state is one statement that names the state it
 * expects, so when two nodes race only one wins.
 */
@Repository
class MailQueue {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	static final String UNCERTAIN = "UNCERTAIN";

	static final String DISCARDED = "DISCARDED";

	/**
	 * The kind of a mail another module queued ({@link MailDue}): no notification of its
	 * own.
	 */
	static final String OTHER = "MAIL";

	private final JdbcClient jdbc;

	MailQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Queued(UUID id, Mail mail, int attempts) {
	}

	void add(UUID id, UUID notificationId, NotificationKind kind, Mail mail, Instant at) {
		jdbc.sql("""
				INSERT INTO notification_mail (id, notification_id, kind, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				""")
			.params(id, notificationId, kind.name(), mail.to(), mail.subject(), mail.body(), Utc.of(at), Utc.of(at))
			.update();
	}

	/**
	 * Queues another module's mail with its attachments. A mail already queued under this
	 * id stays as it is: publishing the same mail twice sends it once.
	 * @return whether it was new
	 */
	boolean add(MailDue due, Instant at) {
		Mail mail = due.mail();
		if (jdbc.sql("SELECT COUNT(*) FROM notification_mail WHERE id = ?")
			.param(due.id())
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO notification_mail (id, notification_id, kind, topic, recipient, subject, body, status,
				  attempts, next_attempt_at, created_at, keep_until)
				VALUES (?, NULL, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)
				""")
			.params(due.id(), OTHER, due.topic(), mail.to(), mail.subject(), mail.body(), Utc.of(at), Utc.of(at),
					Utc.of(due.keepUntil()))
			.update();
		for (int i = 0; i < mail.attachments().size(); i++) {
			Mail.Attachment attachment = mail.attachments().get(i);
			jdbc.sql("INSERT INTO notification_mail_attachment (mail_id, position, name, content_type, content) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(due.id(), i, attachment.name(), attachment.contentType(), attachment.content())
				.update();
		}
		return true;
	}

	/** Mails waiting to be sent, oldest first. */
	List<UUID> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM notification_mail WHERE status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT ?
				""").params(Utc.of(now), limit).query(UUID.class).list();
	}

	/**
	 * Takes a due mail for sending: PENDING becomes SENDING, and counts as an attempt.
	 * Empty when another node took it first.
	 */
	Optional<Queued> claim(UUID id, Instant now) {
		int claimed = jdbc.sql("""
				UPDATE notification_mail SET status = 'SENDING', claimed_at = ?, last_attempt_at = ?,
				  attempts = attempts + 1
				WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?
				""").params(Utc.of(now), Utc.of(now), id, Utc.of(now)).update();
		if (claimed == 0) {
			return Optional.empty();
		}
		List<Mail.Attachment> attachments = jdbc
			.sql("SELECT name, content_type, content FROM notification_mail_attachment WHERE mail_id = ? "
					+ "ORDER BY position")
			.param(id)
			.query((rs, n) -> new Mail.Attachment(rs.getString("name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
		return jdbc.sql("SELECT recipient, subject, body, attempts FROM notification_mail WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Queued(id,
					new Mail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), attachments),
					rs.getInt("attempts")))
			.optional();
	}

	void sent(UUID id, Instant at) {
		jdbc.sql("UPDATE notification_mail SET status = 'SENT', sent_at = ?, last_error = NULL "
				+ "WHERE id = ? AND status = 'SENDING'")
			.params(Utc.of(at), id)
			.update();
	}

	void retryLater(UUID id, Instant next, String error) {
		jdbc.sql("UPDATE notification_mail SET status = 'PENDING', next_attempt_at = ?, last_error = ? "
				+ "WHERE id = ? AND status = 'SENDING'")
			.params(Utc.of(next), error, id)
			.update();
	}

	void failed(UUID id, String error) {
		jdbc.sql("UPDATE notification_mail SET status = 'FAILED', last_error = ? WHERE id = ? AND status = 'SENDING'")
			.params(error, id)
			.update();
	}

	/**
	 * Mails that were being sent when a node stopped: they may have gone out, so they
	 * wait for an administrator instead of going out twice.
	 * @return how many
	 */
	int markUncertain(Instant claimedBefore, String reason) {
		return jdbc
			.sql("UPDATE notification_mail SET status = 'UNCERTAIN', last_error = ? "
					+ "WHERE status = 'SENDING' AND claimed_at < ?")
			.params(reason, Utc.of(claimedBefore))
			.update();
	}

	List<MailProblem> problems(int limit) {
		return jdbc.sql("""
				SELECT * FROM notification_mail WHERE status IN ('FAILED', 'UNCERTAIN')
				ORDER BY created_at DESC, id LIMIT ?
				""")
			.param(limit)
			.query((rs, n) -> new MailProblem(rs.getObject("id", UUID.class),
					MailProblem.mask(rs.getString("recipient")), topic(rs.getString("kind"), rs.getString("topic")),
					rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
					NotificationRepository.instant(rs, "created_at"),
					NotificationRepository.instant(rs, "last_attempt_at")))
			.list();
	}

	/** The message key that names what a mail is about. */
	private static String topic(String kind, String topic) {
		return OTHER.equals(kind) ? topic : "notifications.kind." + kind;
	}

	/** An administrator sends it again, with a fresh round of attempts. */
	boolean retry(UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE notification_mail SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_at = NULL
				WHERE id = ? AND status IN ('FAILED', 'UNCERTAIN')
				""").params(Utc.of(now), id).update() == 1;
	}

	boolean discard(UUID id) {
		return jdbc
			.sql("UPDATE notification_mail SET status = 'DISCARDED' WHERE id = ? "
					+ "AND status IN ('FAILED', 'UNCERTAIN')")
			.param(id)
			.update() == 1;
	}

}
