package nl.naast.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through SMTP at once and throws when the server did not take the mail. Spring's
 * sender keeps a Message-ID that was set before sending.
 */
class SmtpDelivery implements MailDelivery {

	private final JavaMailSender sender;

	private final MailProperties properties;

	SmtpDelivery(JavaMailSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void deliver(Mail mail, String messageId) {
		try {
			MimeMessage message = sender.createMimeMessage();
			SmtpPostbox.fill(message, mail, properties);
			message.setHeader("Message-ID", messageId);
			sender.send(message);
		}
		catch (MailException | MessagingException e) {
			throw new MailDeliveryException(MailDeliveryException.withoutAddresses(e), e);
		}
	}

}
