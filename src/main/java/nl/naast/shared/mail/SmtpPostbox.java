package nl.naast.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
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
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(properties.from());
			message.setTo(mail.to());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			try {
				sender.send(message);
			}
			catch (MailException e) {
				log.warn("Could not deliver mail '{}': {}", mail.subject(), e.getMessage());
			}
		});
	}

}
