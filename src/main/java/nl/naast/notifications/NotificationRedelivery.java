package nl.naast.notifications;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Hands a {@link NotificationDue} to the listener again when it never arrived. A module
 * publishes it in its own transaction (with the row that says "sent"); the event
 * publication registry stores the publication in that same transaction, and the listener
 * runs after the commit. When the listener fails, or the node stops before or while it
 * runs, the publication stays incomplete, and Spring Modulith does not hand it over again
 * by itself. This job does, for publications older than
 * {@code naast.notifications.redeliver-after}: younger ones may still be on their way.
 * Handing one over twice is harmless, because the recipient and the dedupe key make a
 * notification only once.
 * <p>
 * One node at a time (a lease in the job lock table). This covers restarts too: the first
 * run after a restart picks up what the stopped node left, so
 * {@code spring.modulith.events.republish-outstanding-events-on-restart} stays off (it
 * would resend, on every node that starts, what another node is handling right then).
 */
@Component
class NotificationRedelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationRedelivery.class);

	private final IncompleteEventPublications publications;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationRedelivery(IncompleteEventPublications publications, NotificationProperties properties, Clock clock) {
		this.publications = publications;
		this.properties = properties;
		this.clock = clock;
	}

	/** The registry dates publications with the same clock as this one. */
	@Scheduled(fixedDelayString = "${naast.notifications.redeliver-interval:PT1M}",
			initialDelayString = "${naast.notifications.redeliver-interval:PT1M}")
	@SchedulerLock(name = "notifications-redelivery", lockAtMostFor = "PT10M")
	void redeliver() {
		Instant before = clock.instant().minus(properties.redeliverAfter());
		publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof NotificationDue due
				&& publication.getPublicationDate().isBefore(before) && log(due));
	}

	private static boolean log(NotificationDue due) {
		log.info("Notification {} handed over again: it did not arrive", due.kind());
		return true;
	}

}
