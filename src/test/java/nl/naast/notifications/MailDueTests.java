package nl.naast.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailDue;
import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;

/**
 * Mail other modules queue: it belongs to the transaction that published it, is queued
 * once however often it is published, and is refused outside a transaction rather than
 * lost.
 */
@NaastTest
class MailDueTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	private static MailDue due(String to) {
		return new MailDue(UUID.randomUUID(), "trainings.mail.topic.confirmation",
				new Mail(to, "Aangemeld", "Tot dan.",
						List.of(new Mail.Attachment("afspraak.ics", "text/calendar",
								"BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))),
				Instant.now().plusSeconds(86400));
	}

	private int queued(MailDue due) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE id = ?", Integer.class, due.id());
	}

	@Test
	void aMailIsQueuedWithItsAttachmentInThePublishersTransactionAndOnlyOnce() {
		MailDue due = due(Fixtures.unique("een") + "@voorbeeld.nl");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(due);
			events.publishEvent(due);
		});
		assertThat(queued(due)).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT kind, topic, status, notification_id FROM notification_mail WHERE id = ?",
				due.id()))
			.containsEntry("kind", "MAIL")
			.containsEntry("topic", "trainings.mail.topic.confirmation")
			.containsEntry("status", "PENDING")
			.containsEntry("notification_id", null);
		assertThat(jdbc.queryForObject("SELECT content FROM notification_mail_attachment WHERE mail_id = ?",
				byte[].class, due.id()))
			.isEqualTo("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aMailOfAChangeThatWasRolledBackIsNotQueued() {
		MailDue due = due(Fixtures.unique("terug") + "@voorbeeld.nl");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(due);
			status.setRollbackOnly();
		});
		assertThat(queued(due)).isZero();
	}

	@Test
	void aMailPublishedOutsideATransactionIsRefusedRatherThanLost() {
		MailDue due = due(Fixtures.unique("los") + "@voorbeeld.nl");
		assertThatThrownBy(() -> events.publishEvent(due)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(queued(due)).isZero();
	}

}
