package nl.naast.notifications;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.mail.MailDue;

/**
 * Queues the mail other modules publish as {@link MailDue}, in their own transaction: a
 * plain listener, not an {@code @ApplicationModuleListener}, because the queued row is
 * the durable record. It commits or rolls back with the change that caused the mail, and
 * the address, text and attachments are not copied into the event publication table
 * besides. Published outside a transaction it fails rather than losing the mail.
 */
@Component
class MailDueListener {

	private final MailQueue queue;

	private final Clock clock;

	MailDueListener(MailQueue queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(MailDue due) {
		queue.add(due, clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

}
