package nl.naast.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * The synchronous SMTP delivery the notification outbox uses: a real SMTP conversation
 * that keeps the Message-ID, and a failure that throws without the address in it.
 */
class SmtpDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static SmtpDelivery delivery(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return new SmtpDelivery(sender, new MailProperties("smtp", null, null));
	}

	@Test
	void deliversAtOnceWithTheGivenMessageId() throws Exception {
		delivery(smtp.getSmtp().getPort()).deliver(
				new Mail("ouder@naast.test", "Er is iets nieuws in Naast", "Er staat iets nieuws voor u klaar."),
				"<notification-1@naast.test>");
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo("<notification-1@naast.test>");
		assertThat(received[0].getSubject()).isEqualTo("Er is iets nieuws in Naast");
		assertThat(GreenMailUtil.getBody(received[0])).contains("iets nieuws");
	}

	@Test
	void aServerThatCannotBeReachedIsAnErrorWithoutTheAddress() {
		assertThatThrownBy(() -> delivery(1).deliver(new Mail("ouder@naast.test", "Onderwerp", "Tekst"), "<x@y>"))
			.isInstanceOf(MailDeliveryException.class)
			.message()
			.doesNotContain("ouder@naast.test");
		assertThat(MailDeliveryException
			.withoutAddresses(new IllegalStateException("550 5.1.1 <ouder@naast.test>: Recipient rejected")))
			.isEqualTo("IllegalStateException: 550 5.1.1 <[address]>: Recipient rejected");
	}

}
