package nl.naast.notifications;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestComponent;

/**
 * For tests of other modules: sends whatever the outbox has due now, as the scheduled
 * dispatcher would, until nothing due is left. Mail that failed waits for its next
 * attempt, as in production. Import it where mail is sent.
 */
@TestComponent
public class OutboxRunner {

	private final MailDispatcher dispatcher;

	private final MailQueue queue;

	private final Clock clock;

	OutboxRunner(MailDispatcher dispatcher, MailQueue queue, Clock clock) {
		this.dispatcher = dispatcher;
		this.queue = queue;
		this.clock = clock;
	}

	public void sendDue() {
		for (int run = 0; run < 100 && !queue.due(clock.instant().truncatedTo(ChronoUnit.MICROS), 1).isEmpty(); run++) {
			dispatcher.dispatch();
		}
	}

}
