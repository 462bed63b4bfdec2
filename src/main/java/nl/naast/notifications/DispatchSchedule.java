package nl.naast.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the outbox every {@code naast.notifications.dispatch-interval}, on one node at a
 * time (a lease in the job lock table). Should a lease run out during a long send,
 * claiming a mail is still a race only one node wins. Tests turn it off
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
	@SchedulerLock(name = "notifications-dispatch", lockAtMostFor = "PT10M")
	void run() {
		dispatcher.dispatch();
	}

}
