package nl.naast.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailProperties;

/**
 * The text of a notification mail: Dutch, then English. Never the notification's own text
 * or arguments (names, dates): a mailbox is read on shared phones and forwarded, so the
 * mail only says that something waits in Naast. Parents and young people get one plain
 * sentence; professionals a generic line per kind.
 */
@Component
class NotificationMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final MessageSource messages;

	private final MailProperties mail;

	NotificationMails(MessageSource messages, MailProperties mail) {
		this.messages = messages;
		this.mail = mail;
	}

	Mail compose(AccountSummary recipient, NotificationKind kind) {
		boolean family = recipient.role() == Role.PARENT || recipient.role() == Role.YOUTH;
		String key = family ? "notifications.mail.family" : "notifications.mail." + kind.name();
		Object[] args = { mail.baseUrl() + "/notifications", mail.baseUrl() + "/notifications/settings" };
		String subject = messages.getMessage(key + ".subject", null, DUTCH) + " / "
				+ messages.getMessage(key + ".subject", null, Locale.ENGLISH);
		String body = messages.getMessage(key + ".body", args, DUTCH) + "\n\n-----\n\n"
				+ messages.getMessage(key + ".body", args, Locale.ENGLISH);
		return new Mail(recipient.email(), subject, body);
	}

}
