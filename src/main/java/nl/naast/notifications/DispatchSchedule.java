package nl.naast.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox every {@code naast.notifications.dispatch-interval}. Several nodes may
 * run it at once: claiming a mail is a race only one of them wins. Tests turn it off
 * ({@code naast.notifications.dispatch-enabled=false}) and call the dispatcher
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "naast.notifications.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

	private final MailDispatcher dispatcher;

	DispatchSchedule(MailDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${naast.notifications.dispatch-interval:PT30S}",
			initialDelayString = "${naast.notifications.dispatch-interval:PT30S}")
	void run() {
		dispatcher.dispatch();
	}

}
