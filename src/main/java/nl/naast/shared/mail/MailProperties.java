package nl.naast.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param delivery {@code smtp} sends through the configured SMTP server; {@code outbox}
 * keeps mail in a page for administrators (demo use, where no mail server exists)
 * @param from the sender address
 * @param baseUrl how people reach Naast, for links in e-mail
 */
@ConfigurationProperties("naast.mail")
public record MailProperties(String delivery, String from, String baseUrl) {

	public MailProperties {
		delivery = delivery == null ? "smtp" : delivery;
		from = from == null ? "Naast <noreply@naast.test>" : from;
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}
}
