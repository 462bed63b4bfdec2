package nl.naast.notifications;

import java.util.List;
import java.util.UUID;

/**
 * Someone should be told something. Published by any module; the same recipient and
 * {@code dedupeKey} never make a second notification, so a job may publish again after a
 * restart.
 *
 * @param messageKey the text in the message bundles, rendered in the reader's language
 * when read; for parents and young people a key with plain words
 * @param arguments the message's arguments, as plain text (names, dates)
 * @param link where the notification leads in Naast, a path such as
 * {@code /families/{id}/legal}
 * @param dedupeKey what makes this notification the same one again, e.g.
 * {@code deadline:<id>:8w}
 */
public record NotificationDue(UUID recipientId, NotificationKind kind, String messageKey, List<String> arguments,
		String link, String dedupeKey) {

	public NotificationDue {
		arguments = List.copyOf(arguments);
	}

}
