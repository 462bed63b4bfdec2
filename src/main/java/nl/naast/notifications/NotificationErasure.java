package nl.naast.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.ExpiringRecords;
import nl.naast.retention.FamilyErasure;
import nl.naast.retention.RetentionProperties;
import nl.naast.shared.Utc;

/**
 * Notifications carry no family text, but their links name the family: they go with the
 * family's file, and all of them expire after the notifications retention period. Mail
 * other modules queued (registrations for trainings) belongs to no family and goes at its
 * own {@code keep_until}, or with the notifications, whichever comes first.
 */
@Component
class NotificationErasure implements FamilyErasure, ExpiringRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationErasure(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String part() {
		return "notifications";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		String link = "%" + familyId + "%";
		int mails = jdbc.sql("""
				DELETE FROM notification_mail WHERE notification_id IN
				  (SELECT id FROM notification WHERE link LIKE ? OR dedupe_key LIKE ?)""").params(link, link).update();
		return mails + jdbc.sql("DELETE FROM notification WHERE link LIKE ? OR dedupe_key LIKE ?")
			.params(link, link)
			.update();
	}

	@Override
	public String retentionClass() {
		return RetentionProperties.NOTIFICATIONS;
	}

	@Override
	public int eraseCreatedBefore(Instant cutoff) {
		OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
		int mails = jdbc.sql("""
				DELETE FROM notification_mail WHERE notification_id IN
				  (SELECT id FROM notification WHERE created_at < ?)""").param(before).update();
		// mail other modules queued goes when their own promise says, and never later
		// than a notification
		mails += jdbc.sql("""
				DELETE FROM notification_mail WHERE notification_id IS NULL
				  AND (keep_until < ? OR created_at < ?)""").params(Utc.of(clock.instant()), before).update();
		return mails + jdbc.sql("DELETE FROM notification WHERE created_at < ?").param(before).update();
	}

}
