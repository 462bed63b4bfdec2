package nl.naast.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notification in a person's own list; its text is rendered in the reader's language
 * from {@code messageKey} and {@code arguments}.
 */
public record NotificationView(UUID id, NotificationKind kind, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	/** The arguments for the message bundle. */
	public Object[] args() {
		return arguments.toArray();
	}

}
