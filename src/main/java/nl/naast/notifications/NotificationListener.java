package nl.naast.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives what other modules publish, after their transaction committed, in a
 * transaction of its own. The event publication registry keeps the event until this
 * completed; when it fails, or a node stops in between, {@link NotificationRedelivery}
 * hands the event over again, which the dedupe key makes harmless.
 */
@Component
class NotificationListener {

	private final Notifications notifications;

	NotificationListener(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(NotificationDue due) {
		notifications.receive(due);
	}

}
