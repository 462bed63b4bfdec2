package nl.naast.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.EmergencyAccess;
import nl.naast.access.EmergencyRules;
import nl.naast.access.EmergencySession;
import nl.naast.access.EmergencySession.ReviewOutcome;
import nl.naast.access.FamilyAccess;
import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyDirectory;
import nl.naast.family.FamilySummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.notifications.NotificationDue;
import nl.naast.notifications.NotificationKind;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;

/**
 * The emergency procedure as a manager and a reviewer use it: finding the family,
 * checking the form (reason, password, duration), telling the family and the coordinator,
 * and the review afterwards.
 */
@Service
public class EmergencyDesk {

	static final String SEARCHED = "family.emergency-search";

	static final String REVIEW_LIST = "family.emergency-review";

	/** Shown at most per search: enough to find a family, too few to browse them all. */
	static final int MAX_FOUND = 20;

	static final int MIN_QUERY = 2;

	static final int MAX_NOTE = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final FamilyDirectory directory;

	private final EmergencyAccess emergencies;

	private final FamilyAccess access;

	private final Accounts accounts;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmergencyDesk(FamilyDirectory directory, EmergencyAccess emergencies, FamilyAccess access, Accounts accounts,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.directory = directory;
		this.emergencies = emergencies;
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public EmergencyRules rules() {
		return emergencies.rules();
	}

	/** A family the manager may open: its name and its coordinators, nothing more. */
	public record Found(UUID familyId, String name, List<String> coordinators) {
	}

	/**
	 * Families of the manager's own organisation whose name contains the query. The
	 * search and every family shown are recorded.
	 */
	@Transactional
	public List<Found> search(String query) {
		CurrentUser manager = requireManager();
		String q = query == null ? "" : query.strip();
		if (q.length() < MIN_QUERY) {
			return List.of();
		}
		List<FamilySummary> matches = directory.matching(q, 100);
		Map<UUID, List<String>> reachable = emergencies.reachable(matches.stream().map(FamilySummary::id).toList());
		List<Found> found = matches.stream()
			.filter(f -> reachable.containsKey(f.id()))
			.limit(MAX_FOUND)
			.map(f -> new Found(f.id(), f.name(), reachable.get(f.id())))
			.toList();
		audit.record(new AuditEntry(actor(manager), null, SEARCHED, AuditAction.LIST, AuditOutcome.ALLOWED,
				"search by family name; " + found.size() + " shown"));
		access.recordListed(found.stream().map(Found::familyId).toList(), SEARCHED);
		return found;
	}

	/**
	 * The family's name for the emergency form.
	 * @throws NotFoundException unless the current manager may open this family
	 */
	@Transactional(readOnly = true)
	public String familyName(UUID familyId) {
		requireManager();
		if (!emergencies.mayOpen(familyId)) {
			throw new NotFoundException("No emergency access to family " + familyId);
		}
		return directory.name(familyId);
	}

	/** What came of the form: its errors, or the opened emergency access. */
	public record Opening(FormErrors errors, EmergencySession session) {

		public boolean ok() {
			return session != null;
		}

	}

	/**
	 * Checks the form and opens the file. A wrong password is recorded as a refused
	 * attempt; nothing opens unless every field is right.
	 */
	@Transactional
	public Opening open(UUID familyId, EmergencyForm form) {
		CurrentUser manager = requireManager();
		String familyName = familyName(familyId);
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("emergency.form." + field));
		String reason = form.reason().strip();
		if (reason.isEmpty()) {
			errors.add("reason", "emergency.error.reasonMissing");
		}
		else if (reason.length() < EmergencyRules.MIN_REASON) {
			errors.add("reason", "emergency.error.reasonShort", EmergencyRules.MIN_REASON, reason.length());
		}
		else if (reason.length() > EmergencyRules.MAX_REASON) {
			errors.add("reason", "emergency.error.reasonLong", EmergencyRules.MAX_REASON, reason.length());
		}
		int minutes = minutes(form.minutes());
		if (minutes < 1 || minutes > rules().maxMinutes()) {
			errors.add("minutes", "emergency.error.minutes", rules().maxMinutes());
		}
		if (form.password().isEmpty()) {
			errors.add("password", "emergency.error.passwordMissing");
		}
		else if (!accounts.confirmsPassword(form.password())) {
			errors.add("password", "emergency.error.password");
			audit.recordIndependently(new AuditEntry(actor(manager), familyId, "family.emergency", AuditAction.GRANT,
					AuditOutcome.DENIED, "emergency procedure: password not confirmed"));
		}
		if (!errors.isEmpty()) {
			return new Opening(errors, null);
		}
		EmergencyAccess.Opened opened = emergencies.open(familyId, reason, minutes);
		tell(opened, familyName);
		return new Opening(errors, opened.session());
	}

	/**
	 * The coordinator and the family hear of it at once, through the notifications
	 * module; the same emergency access never notifies anyone twice.
	 */
	private void tell(EmergencyAccess.Opened opened, String familyName) {
		EmergencySession session = opened.session();
		String day = DAY.format(session.openedAt().atZone(DisplayTime.ZONE));
		String time = TIME.format(session.openedAt().atZone(DisplayTime.ZONE));
		String link = "/families/" + session.familyId();
		String dedupe = "emergency:" + session.id();
		for (UUID coordinator : opened.coordinators()) {
			events.publishEvent(
					new NotificationDue(coordinator, NotificationKind.EMERGENCY, "emergency.notification.coordinator",
							List.of(session.accountName(), familyName, day, time), link, dedupe));
		}
		for (UUID member : opened.familyMembers()) {
			events.publishEvent(new NotificationDue(member, NotificationKind.EMERGENCY, "emergency.notification.family",
					List.of(day, time), link, dedupe));
		}
	}

	private static int minutes(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/** The manager closes the file before the time is up. */
	@Transactional
	public void end(UUID familyId) {
		requireManager();
		if (!emergencies.endOwn(familyId)) {
			throw new NotFoundException("No open emergency access to family " + familyId);
		}
	}

	/**
	 * One use of the emergency procedure on the review list.
	 *
	 * @param mine opened by the current person, who therefore does not review it
	 */
	public record ReviewItem(EmergencySession session, String familyName, boolean overdue, boolean open, boolean mine) {
	}

	public record ReviewList(List<ReviewItem> toReview, List<ReviewItem> reviewed, int reviewDays) {

		public long overdue() {
			return toReview.stream().filter(ReviewItem::overdue).count();
		}

	}

	/**
	 * Uses to review, oldest first, with the overdue ones marked; and the latest reviews.
	 * Stops whose time is up are recorded first, so the list is current. Every family
	 * shown is recorded.
	 */
	@Transactional
	public ReviewList reviews() {
		emergencies.recordExpired();
		UUID me = accounts.current().accountId();
		Instant now = clock.instant();
		int days = rules().reviewDays();
		List<ReviewItem> open = emergencies.toReview()
			.stream()
			.map(s -> new ReviewItem(s, directory.name(s.familyId()), s.overdueAt(now, days), s.activeAt(now),
					s.accountId().equals(me)))
			.toList();
		List<ReviewItem> done = emergencies.recentlyReviewed()
			.stream()
			.map(s -> new ReviewItem(s, directory.name(s.familyId()), false, false, s.accountId().equals(me)))
			.toList();
		access.recordListed(java.util.stream.Stream.concat(open.stream(), done.stream())
			.map(i -> i.session().familyId())
			.distinct()
			.toList(), REVIEW_LIST);
		return new ReviewList(open, done, days);
	}

	/** What came of a review: field errors, or how the review itself went. */
	public record Reviewing(FormErrors errors, EmergencyAccess.Review result) {
	}

	@Transactional
	public Reviewing review(UUID emergencyId, String outcome, String note, String version) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("emergency.review." + field));
		ReviewOutcome chosen = null;
		try {
			chosen = outcome == null ? null : ReviewOutcome.valueOf(outcome);
		}
		catch (IllegalArgumentException e) {
			chosen = null;
		}
		if (chosen == null) {
			errors.add("outcome", "emergency.error.outcome");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			errors.add("note", "emergency.error.noteMissing");
		}
		else if (text.length() > MAX_NOTE) {
			errors.add("note", "emergency.error.noteLong", MAX_NOTE, text.length());
		}
		int expected = minutes(version);
		if (!errors.isEmpty()) {
			// still refuses an unknown use, or a person who reviews nothing, as not found
			emergencies.toReview(emergencyId);
			return new Reviewing(errors, null);
		}
		return new Reviewing(errors, emergencies.review(emergencyId, chosen, text, expected));
	}

	private CurrentUser requireManager() {
		CurrentUser user = accounts.current();
		if (user.role() != Role.MANAGER) {
			throw new NotFoundException("Only team managers use the emergency procedure");
		}
		return user;
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role().name(), user.organisationName());
	}

}
