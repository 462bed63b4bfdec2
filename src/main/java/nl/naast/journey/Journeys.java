package nl.naast.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyDirectory;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.journey.Parts.Entry;
import nl.naast.journey.Parts.Kind;
import nl.naast.journey.Parts.Mood;
import nl.naast.journey.Parts.Rating;
import nl.naast.journey.Parts.Reason;
import nl.naast.meetings.Meetings;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * The family's journey: falling and getting up again, and whether the help helps, in the
 * family's words. Ratings are the parent's alone: no professional changes them, and the
 * parent corrects their own within a week. Trends never show a single family.
 */
@Service
public class Journeys {

	/** A parent corrects a rating within this time; after that it stands. */
	static final Duration CORRECTION_TIME = Duration.ofDays(7);

	/** A score this low asks the coordinator's attention. */
	static final int LOW = 3;

	/** "It helps me" this many points lower than the month before asks attention too. */
	static final int DROP = 3;

	private final JourneyRepository journey;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final Meetings meetings;

	private final Accounts accounts;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Journeys(JourneyRepository journey, FamilyAccess access, FamilyDirectory directory, Meetings meetings,
			Accounts accounts, AuditLog audit, MessageSource messages, Clock clock) {
		this.journey = journey;
		this.access = access;
		this.directory = directory;
		this.meetings = meetings;
		this.accounts = accounts;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public JourneyView view(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.FEEDBACK, AuditAction.VIEW, "family.journey");
		LocalDate thisMonth = thisMonth();
		List<Entry> entries = journey.entries(familyId);
		List<Mood> moods = journey.moods(familyId);
		List<Rating> all = journey.ratings(familyId);
		// a parent sees the ratings they gave; the coordinator and members the family
		// shared them with see all
		List<Rating> ratings = grant.relationship() == RelationshipKind.PARENT
				? all.stream().filter(r -> r.parentId().equals(grant.accountId())).toList() : all;
		// goals reached come from the plan: only for those who may see the plan
		List<Parts.Milestone> milestones = access.may(familyId, FilePart.PLAN, AuditAction.VIEW)
				? journey.milestones(familyId) : List.of();
		List<JourneyPicture.Month> months = JourneyPicture.months(thisMonth, entries, moods, milestones,
				meetings.days(familyId), DisplayTime.ZONE);
		return new JourneyView(familyId, directory.name(familyId), grant.relationship(), grant.accountId(), entries,
				moods, ratings,
				grant.relationship() == RelationshipKind.TEAM_MEMBER ? List.of() : journey.notices(familyId),
				professionals(grant),
				JourneyPicture.draw(months, LocaleContextHolder.getLocale(), text("journey.picture"),
						"journey-caption"),
				months, thisMonth, access.retentionUntil(familyId).isPresent(), clock.instant());
	}

	/**
	 * The coordinator or a parent writes how things go: a note, a setback or a
	 * breakthrough.
	 */
	@Transactional
	public FormErrors write(UUID familyId, String kind, String happenedOn, String what, String learned,
			String doingNow) {
		FamilyGrant grant = access.authorise(familyId, FilePart.FEEDBACK, AuditAction.CREATE, "family.journey");
		if (grant.relationship() != RelationshipKind.PARENT && grant.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("The family and the coordinator keep the journal");
		}
		FormErrors errors = errors();
		Optional<Kind> chosen = Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
		if (chosen.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		Optional<LocalDate> day = DateInput.pastOrToday(errors, "happenedOn", happenedOn, true,
				DisplayTime.today(clock));
		TextInput.check(errors, "what", what, true, 2000);
		TextInput.check(errors, "learned", learned, false, 2000);
		TextInput.check(errors, "doingNow", doingNow, false, 2000);
		if (!errors.isEmpty()) {
			return errors;
		}
		// what we learn and do now matters most after a setback, and is kept with any
		// moment
		journey.insert(familyId,
				new Entry(Ids.next(), chosen.get(), day.get(), what.strip(), TextInput.clean(learned),
						TextInput.clean(doingNow), grant.displayName(), grant.relationship(), clock.instant()),
				grant.accountId());
		record(grant, "family.journey", AuditAction.CREATE);
		return errors;
	}

	/**
	 * A parent's "hoe gaat het met ons?" for this month; again in the same month replaces
	 * it.
	 */
	@Transactional
	public FormErrors mood(UUID familyId, String score, String words) {
		FamilyGrant parent = parent(familyId, "family.journey.mood");
		FormErrors errors = errors();
		int value = score(errors, "score", score);
		TextInput.check(errors, "words", words, false, 1000);
		if (errors.isEmpty()) {
			journey.saveMood(familyId, new Mood(thisMonth(), parent.accountId(), parent.displayName(), value,
					TextInput.clean(words), clock.instant()));
			record(parent, "family.journey.mood", AuditAction.UPDATE);
		}
		return errors;
	}

	/**
	 * A parent rates one team member's help this month, or corrects a rating of theirs
	 * within a week of giving it ({@code ratingId}), also across the turn of a month. A
	 * low score or a sharp drop goes to the coordinator as a notice, with the parent's
	 * words; a correction that lifts the reason closes the notice, saying so.
	 */
	@Transactional
	public FormErrors rate(UUID familyId, String professional, String heard, String important, String fits,
			String helps, String comment, String ratingId, int version) {
		FamilyGrant parent = parent(familyId, "family.journey.rating");
		FormErrors errors = errors();
		Map<UUID, String> team = professionals(parent);
		Optional<UUID> rated = nl.naast.shared.Ids.parse(professional).filter(team::containsKey);
		if (rated.isEmpty()) {
			errors.add("professional", "validation.choose");
		}
		int h = score(errors, "heard", heard);
		int i = score(errors, "important", important);
		int f = score(errors, "fits", fits);
		int p = score(errors, "helps", helps);
		TextInput.check(errors, "comment", comment, false, 2000);
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		Optional<Rating> corrected = nl.naast.shared.Ids.parse(ratingId)
			.flatMap(id -> journey.ratings(familyId).stream().filter(r -> r.id().equals(id)).findFirst())
			.filter(r -> r.parentId().equals(parent.accountId()) && r.professionalId().equals(rated.get()));
		Rating rating;
		if (corrected.isPresent()) {
			if (corrected.get().createdAt().plus(CORRECTION_TIME).isBefore(now)) {
				errors.add("helps", "journey.validation.tooLate");
				return errors;
			}
			Rating old = corrected.get();
			rating = new Rating(old.id(), old.month(), parent.accountId(), parent.displayName(), rated.get(),
					old.organisation(), h, i, f, p, TextInput.clean(comment), old.createdAt(), old.version());
			journey.correct(familyId, rating, version, now);
		}
		else {
			if (journey.rating(familyId, thisMonth(), parent.accountId(), rated.get()).isPresent()) {
				errors.add("helps", "journey.validation.onceAMonth");
				return errors;
			}
			String organisation = accounts.find(rated.get()).map(a -> a.organisationName()).orElse(null);
			rating = new Rating(Ids.next(), thisMonth(), parent.accountId(), parent.displayName(), rated.get(),
					organisation, h, i, f, p, TextInput.clean(comment), now, 0);
			journey.insert(familyId, rating);
		}
		Optional<Rating> before = journey.rating(familyId, rating.month().minusMonths(1), parent.accountId(),
				rated.get());
		Reason reason = Math.min(Math.min(h, i), Math.min(f, p)) <= LOW ? Reason.LOW
				: before.isPresent() && before.get().helps() - p >= DROP ? Reason.DROP : null;
		List<Parts.Notice> onRating = journey.notices(familyId)
			.stream()
			.filter(n -> n.ratingId().equals(rating.id()))
			.toList();
		if (reason == null) {
			// the parent lifted the score: the notice closes, saying so
			onRating.stream()
				.filter(Parts.Notice::open)
				.forEach(n -> journey.respond(familyId, n.id(), text("journey.notice.lifted"), parent.displayName(),
						now));
		}
		else if (onRating.stream().noneMatch(n -> n.reason() == reason)) {
			journey.notice(familyId, rating.id(), reason, now);
		}
		record(parent, "family.journey.rating", corrected.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE);
		return errors;
	}

	/**
	 * The coordinator says what was done with a low rating; the parent reads it beside
	 * their rating.
	 */
	@Transactional
	public FormErrors respond(UUID familyId, UUID noticeId, String response) {
		FamilyGrant coordinator = access.authorise(familyId, FilePart.FEEDBACK, AuditAction.UPDATE,
				"family.journey.notice");
		if (!coordinator.isCoordinator()) {
			throw new NotFoundException("The coordinator answers notices");
		}
		journey.notices(familyId)
			.stream()
			.filter(n -> n.id().equals(noticeId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No notice"));
		FormErrors errors = errors();
		TextInput.check(errors, "response", response, true, 2000);
		if (errors.isEmpty()) {
			journey.respond(familyId, noticeId, response.strip(), coordinator.displayName(), clock.instant());
			record(coordinator, "family.journey.notice", AuditAction.UPDATE);
		}
		return errors;
	}

	/** How many ratings ask attention, for the top of the coordinator's overview. */
	@Transactional(readOnly = true)
	public long openNotices(UUID familyId) {
		if (!accounts.currentIfSignedIn().map(u -> u.role() == Role.COORDINATOR).orElse(false)
				|| !access.may(familyId, FilePart.FEEDBACK, AuditAction.UPDATE)) {
			return 0;
		}
		return journey.notices(familyId).stream().filter(Parts.Notice::open).count();
	}

	/**
	 * One professional's own scores across all families, per month; small months left
	 * out.
	 */
	@Transactional
	public List<TrendCell> mine() {
		CurrentUser me = accounts.current();
		if (me.role() != Role.COORDINATOR && me.role() != Role.PARTNER) {
			throw new NotFoundException("For professionals");
		}
		audit.record(
				new AuditEntry(actor(me), null, "journey.trends.own", AuditAction.VIEW, AuditOutcome.ALLOWED, null));
		return Aggregates.of(closedMonths(journey.scoresOf(me.accountId())));
	}

	/**
	 * Only months that are over and can no longer be corrected: a figure that changes
	 * from one day to the next would give away the family that changed it.
	 */
	private List<Aggregates.Score> closedMonths(List<Aggregates.Score> scores) {
		return closedMonths(scores, DisplayTime.today(clock));
	}

	static List<Aggregates.Score> closedMonths(List<Aggregates.Score> scores, LocalDate today) {
		return scores.stream()
			.filter(s -> !s.month().plusMonths(1).plusDays(CORRECTION_TIME.toDays()).isAfter(today))
			.toList();
	}

	private static nl.naast.audit.Actor actor(CurrentUser user) {
		return new nl.naast.audit.Actor(user.accountId(), user.displayName(), user.role().name(),
				user.organisationName());
	}

	/** For team managers: per organisation and month, never a single family. */
	@Transactional
	public List<TrendCell> perOrganisation() {
		CurrentUser manager = accounts.current();
		if (manager.role() != Role.MANAGER) {
			throw new NotFoundException("For team managers");
		}
		audit.record(
				new AuditEntry(actor(manager), null, "journey.trends", AuditAction.VIEW, AuditOutcome.ALLOWED, null));
		return Aggregates.of(closedMonths(journey.scoresPerOrganisation()));
	}

	private FamilyGrant parent(UUID familyId, String resource) {
		FamilyGrant parent = access.authorise(familyId, FilePart.FEEDBACK, AuditAction.CREATE, resource);
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only the parents");
		}
		return parent;
	}

	/**
	 * The team members whose help the family rates. Not the coordinator: a low score goes
	 * to the coordinator, who must never be the one rated; the coordinator's help is
	 * rated after each meeting.
	 */
	private Map<UUID, String> professionals(FamilyGrant grant) {
		Map<UUID, String> team = new LinkedHashMap<>();
		for (RelatedPerson p : access.relatedPeople(grant)) {
			if (p.kind() == RelationshipKind.TEAM_MEMBER) {
				team.put(p.accountId(), p.organisation() == null ? p.name() : p.name() + " (" + p.organisation() + ")");
			}
		}
		return team;
	}

	private static int score(FormErrors errors, String field, String value) {
		return TextInput.score(errors, field, value).orElse(-1);
	}

	private LocalDate thisMonth() {
		return DisplayTime.today(clock).withDayOfMonth(1);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("journey.field." + field));
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

}
