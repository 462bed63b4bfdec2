package nl.naast.identity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.Postbox;
import nl.naast.support.MovableClock;

/**
 * A clock the tests move, and a mail server that takes its time to accept a message, as
 * real ones do: a request that waited for it would show whether the address was known.
 */
@TestConfiguration(proxyBeanMethods = false)
class ClockAndSlowMail {

	static final Duration MAIL_SERVER_DELAY = Duration.ofMillis(300);

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	@Primary
	SlowMailServer slowMailServer() {
		return new SlowMailServer();
	}

	static final class SlowMailServer implements Postbox {

		final List<Mail> received = new CopyOnWriteArrayList<>();

		@Override
		public void send(Mail mail) {
			LockSupport.parkNanos(MAIL_SERVER_DELAY.toNanos());
			received.add(mail);
		}

	}

}
