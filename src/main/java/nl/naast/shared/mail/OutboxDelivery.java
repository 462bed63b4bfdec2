package nl.naast.shared.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.naast.shared.Ids;

/**
 * Demo delivery for the persistent outbox: the mail lands at once in the table that
 * administrators read at {@code /admin/outbox}.
 */
class OutboxDelivery implements MailDelivery {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxDelivery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void deliver(Mail mail, String messageId) {
		try {
			jdbc.sql("INSERT INTO mail_outbox (id, sent_at, recipient, subject, body) VALUES (?, ?, ?, ?, ?)")
				.params(Ids.next(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), mail.to(),
						mail.subject(), mail.bodyWithAttachmentNames())
				.update();
		}
		catch (org.springframework.dao.DataAccessException e) {
			throw new MailDeliveryException(MailDeliveryException.withoutAddresses(e), e);
		}
	}

}
