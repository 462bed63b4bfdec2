package nl.naast.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Real delivery through SMTP. A failed delivery is logged without the body: mail can hold
 * one-time links.
 */
class SmtpPostbox implements Postbox {

	private static final Logger log = LoggerFactory.getLogger(SmtpPostbox.class);

	private final JavaMailSender sender;

	private final MailProperties properties;

	SmtpPostbox(JavaMailSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void send(Mail mail) {
		AfterCommit.run(() -> {
			try {
				MimeMessage message = sender.createMimeMessage();
				fill(message, mail, properties);
				sender.send(message);
			}
			catch (MailException | MessagingException e) {
				log.warn("Could not deliver mail '{}': {}", mail.subject(), e.getMessage());
			}
		});
	}

	/** Sender, recipient, subject and text; multipart only when files go along. */
	static void fill(MimeMessage message, Mail mail, MailProperties properties) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.body());
		for (Mail.Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
	}

}
