package nl.naast.notifications;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.naast.shared.mail.MailDelivery;
import nl.naast.shared.mail.MailDeliveryException;
import nl.naast.shared.mail.MailProperties;

/**
 * Sends the outbox. Each mail is first claimed (PENDING to SENDING, one statement that
 * only one node wins), then sent outside any transaction, then marked SENT. A failure
 * waits longer each time and after the last attempt is FAILED. A mail still SENDING after
 * the lease was interrupted mid-send: it may have gone out, so it becomes UNCERTAIN for
 * an administrator and is never sent again by itself. Logs hold no address and no text.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	static final String INTERRUPTED = "Interrupted while sending; it may have gone out";

	private final MailQueue queue;

	private final MailDelivery delivery;

	private final NotificationProperties properties;

	private final Clock clock;

	private final String host;

	MailDispatcher(MailQueue queue, MailDelivery delivery, NotificationProperties properties, MailProperties mail,
			Clock clock) {
		this.queue = queue;
		this.delivery = delivery;
		this.properties = properties;
		this.clock = clock;
		String baseHost = URI.create(mail.baseUrl()).getHost();
		this.host = baseHost == null || baseHost.isBlank() ? "naast.invalid" : baseHost;
	}

	/** One run: set aside interrupted mails, then send what is due. */
	void dispatch() {
		Instant now = now();
		int uncertain = queue.markUncertain(now.minus(properties.lease()), INTERRUPTED);
		if (uncertain > 0) {
			log.warn("{} notification mail(s) were interrupted while sending and wait for an administrator", uncertain);
		}
		for (UUID id : queue.due(now, properties.batchSize())) {
			queue.claim(id, now()).ifPresent(this::send);
		}
	}

	private void send(MailQueue.Queued queued) {
		try {
			delivery.deliver(queued.mail(), messageId(queued.id()));
			queue.sent(queued.id(), now());
		}
		catch (MailDeliveryException e) {
			failed(queued, e.getMessage());
		}
		catch (RuntimeException e) {
			failed(queued, e.getClass().getSimpleName());
		}
	}

	private void failed(MailQueue.Queued queued, String error) {
		if (queued.attempts() >= properties.maxAttempts()) {
			queue.failed(queued.id(), error);
			log.warn("Notification mail {} failed after {} attempts: {}", queued.id(), queued.attempts(), error);
		}
		else {
			queue.retryLater(queued.id(), now().plus(properties.backoffAfter(queued.attempts())), error);
			log.info("Notification mail {} failed attempt {}, will retry: {}", queued.id(), queued.attempts(), error);
		}
	}

	/** As the database keeps it: to the microsecond. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The same for every attempt at one mail. */
	String messageId(UUID mailId) {
		return "<notification-" + mailId + "@" + host + ">";
	}

}
