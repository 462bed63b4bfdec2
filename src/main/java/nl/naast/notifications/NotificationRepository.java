package nl.naast.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.Utc;

@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the notification unless the recipient has one with the same dedupe key.
	 * {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode) never fails
	 * the transaction, also not when two nodes insert the same one at once.
	 * @return whether it is new
	 */
	boolean insertOnce(UUID id, NotificationDue due, String link, Instant at) {
		return jdbc.sql("""
				INSERT INTO notification (id, recipient_id, kind, message_key, arguments, link, dedupe_key, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
				""")
			.params(id, due.recipientId(), due.kind().name(), due.messageKey(), Arguments.encode(due.arguments()), link,
					due.dedupeKey(), Utc.of(at))
			.update() == 1;
	}

	Slice<NotificationView> page(UUID recipientId, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ?")
			.param(recipientId)
			.query(Long.class)
			.single();
		var items = jdbc
			.sql("SELECT * FROM notification WHERE recipient_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(recipientId, page.size(), page.offset())
			.query(NotificationRepository::view)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	int unread(UUID recipientId) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL")
			.param(recipientId)
			.query(Integer.class)
			.single();
	}

	/** The recipient's own notification, or nothing (also when it is someone else's). */
	Optional<NotificationView> find(UUID id, UUID recipientId) {
		return jdbc.sql("SELECT * FROM notification WHERE id = ? AND recipient_id = ?")
			.params(id, recipientId)
			.query(NotificationRepository::view)
			.optional();
	}

	void markRead(UUID id, UUID recipientId, Instant at) {
		jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL")
			.params(Utc.of(at), id, recipientId)
			.update();
	}

	void markAllRead(UUID recipientId, Instant at) {
		jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
			.params(Utc.of(at), recipientId)
			.update();
	}

	/** Per kind whether the person wants it by e-mail, the kind's default where unset. */
	Map<NotificationKind, Boolean> preferences(UUID accountId) {
		Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			chosen.put(kind, kind.mailByDefault());
		}
		jdbc.sql("SELECT kind, by_mail FROM notification_preference WHERE account_id = ?")
			.param(accountId)
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getBoolean("by_mail")))
			.list()
			.forEach(row -> kindOf(row.getKey()).ifPresent(kind -> chosen.put(kind, row.getValue())));
		return chosen;
	}

	void prefer(UUID accountId, NotificationKind kind, boolean byMail) {
		int updated = jdbc.sql("UPDATE notification_preference SET by_mail = ? WHERE account_id = ? AND kind = ?")
			.params(byMail, accountId, kind.name())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO notification_preference (account_id, kind, by_mail) VALUES (?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
				.params(accountId, kind.name(), byMail)
				.update();
		}
	}

	private static Optional<NotificationKind> kindOf(String name) {
		try {
			return Optional.of(NotificationKind.valueOf(name));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static NotificationView view(ResultSet rs, int n) throws SQLException {
		return new NotificationView(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("message_key"), Arguments.decode(rs.getString("arguments")), rs.getString("link"),
				instant(rs, "created_at"), instant(rs, "read_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
