package nl.naast.notifications;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

/**
 * A person's own notifications: storing what other modules publish, once per dedupe key,
 * with a mail in the outbox when the person wants this kind by e-mail; the list, reading,
 * and the choice per kind. Nobody sees or touches another person's notifications.
 */
@Service
class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final NotificationRepository repository;

	private final MailQueue outbox;

	private final NotificationMails mails;

	private final Accounts accounts;

	private final Clock clock;

	Notifications(NotificationRepository repository, MailQueue outbox, NotificationMails mails, Accounts accounts,
			Clock clock) {
		this.repository = repository;
		this.outbox = outbox;
		this.mails = mails;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Stores the notification and, in the same transaction, its mail. An unknown or
	 * disabled account gets nothing; the same dedupe key again changes nothing.
	 */
	@Transactional
	public void receive(NotificationDue due) {
		AccountSummary recipient = accounts.find(due.recipientId()).orElse(null);
		if (recipient == null || !recipient.enabled()) {
			log.info("Notification {} not stored: the recipient has no enabled account", due.kind());
			return;
		}
		UUID id = Ids.next();
		// the database keeps microseconds: a mail due "now" must not be stored a moment
		// later than now
		java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		if (!repository.insertOnce(id, due, safeLink(due.link()), now)) {
			return;
		}
		boolean byMail = repository.preferences(recipient.id()).get(due.kind());
		if (byMail && recipient.email() != null && !recipient.email().isBlank()) {
			outbox.add(Ids.next(), id, due.kind(), mails.compose(recipient, due.kind()), now);
		}
	}

	@Transactional(readOnly = true)
	public Slice<NotificationView> mine(PageRequest page) {
		return repository.page(me(), page);
	}

	/**
	 * Marks the person's own notification read.
	 * @return where it leads
	 * @throws NotFoundException for an unknown id and for someone else's notification
	 */
	@Transactional
	public String open(UUID id) {
		UUID me = me();
		NotificationView notification = repository.find(id, me)
			.orElseThrow(() -> new NotFoundException("No notification " + id + " of this person"));
		repository.markRead(id, me, clock.instant());
		return notification.link();
	}

	@Transactional
	public void readAll() {
		repository.markAllRead(me(), clock.instant());
	}

	/**
	 * The number in the header of every page. One statement, so no transaction of its
	 * own: committing one would cost every page a round trip more.
	 */
	public int unread() {
		return accounts.currentIfSignedIn().map(user -> repository.unread(user.accountId())).orElse(0);
	}

	@Transactional(readOnly = true)
	public Map<NotificationKind, Boolean> preferences() {
		return repository.preferences(me());
	}

	/** By e-mail from now on: the kinds given; the others only in Naast. */
	@Transactional
	public void chooseMail(Set<NotificationKind> byMail) {
		UUID me = me();
		for (NotificationKind kind : NotificationKind.values()) {
			repository.prefer(me, kind, byMail.contains(kind));
		}
	}

	private UUID me() {
		return accounts.current().accountId();
	}

	/**
	 * A path inside Naast, or the list itself: a notification never leads elsewhere, and
	 * its link is used in a redirect.
	 */
	static String safeLink(String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.contains("{")
				|| link.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || link.length() > 1000) {
			return "/notifications";
		}
		return link;
	}

}
