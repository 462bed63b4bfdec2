package nl.naast.shared.mail;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	Postbox postbox(MailProperties properties, org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender,
			JdbcClient jdbc, Clock clock) {
		if ("outbox".equals(properties.delivery())) {
			return new OutboxPostbox(jdbc, clock);
		}
		return new SmtpPostbox(sender.getObject(), properties);
	}

	@Bean
	MailDelivery mailDelivery(MailProperties properties,
			org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, Clock clock) {
		if ("outbox".equals(properties.delivery())) {
			return new OutboxDelivery(jdbc, clock);
		}
		return new SmtpDelivery(sender.getObject(), properties);
	}

}
