package nl.naast.shared.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.naast.shared.Ids;

/**
 * Demo delivery: mail lands in a table that administrators read at {@code /admin/outbox}.
 */
class OutboxPostbox implements Postbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxPostbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void send(Mail mail) {
		jdbc.sql("INSERT INTO mail_outbox (id, sent_at, recipient, subject, body) VALUES (?, ?, ?, ?, ?)")
			.params(Ids.next(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), mail.to(),
					mail.subject(), mail.bodyWithAttachmentNames())
			.update();
	}

}
