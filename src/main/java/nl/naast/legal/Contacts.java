package nl.naast.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.demands.MeetingAppointments;
import nl.naast.family.FamilyChildren;
import nl.naast.family.FamilyChildren.ChildFacts;
import nl.naast.family.FamilyDirectory;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyMemberName;
import nl.naast.legal.ContactArrangement.SetBy;
import nl.naast.legal.ContactMoment.CancelledBy;
import nl.naast.legal.ContactMoment.Outcome;
import nl.naast.notifications.NotificationDue;
import nl.naast.notifications.NotificationKind;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Contact (omgang) between parents and their children: the arrangement, every planned
 * moment and what happened, in facts a family and its lawyer can use. A planned moment is
 * an appointment for the parents in what is asked of the family.
 */
@Service
public class Contacts {

	/**
	 * An arrangement that started longer ago than this is a typing error: no child is
	 * older.
	 */
	static final int ARRANGEMENT_YEARS_BACK = 18;

	/** The longest a contact moment can be, in minutes: a whole day. */
	static final int MAX_MINUTES = 24 * 60;

	private final ContactRepository repository;

	private final FamilyAccess access;

	private final FamilyChildren children;

	private final FamilyDirectory directory;

	private final FamilyFiles files;

	private final MeetingAppointments appointments;

	private final CoordinatorAssignments coordinators;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	Contacts(ContactRepository repository, FamilyAccess access, FamilyChildren children, FamilyDirectory directory,
			FamilyFiles files, MeetingAppointments appointments, CoordinatorAssignments coordinators,
			ApplicationEventPublisher events, AuditLog audit, org.springframework.context.MessageSource messages,
			Clock clock) {
		this.messages = messages;
		this.repository = repository;
		this.access = access;
		this.children = children;
		this.directory = directory;
		this.files = files;
		this.appointments = appointments;
		this.coordinators = coordinators;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Contact over a period; without one, the last six months and the coming two.
	 */
	@Transactional
	public ContactView view(UUID familyId, String from, String to, FormErrors errors) {
		FamilyGrant grant = access.require(familyId, FilePart.CONTACT, AuditAction.VIEW, "family.contact");
		LocalDate today = DisplayTime.today(clock);
		LocalDate start = DateInput.anyDate(errors, "from", from).orElse(today.minusMonths(6));
		LocalDate end = DateInput.anyDate(errors, "to", to).orElse(today.plusMonths(2));
		if (end.isBefore(start)) {
			errors.add("to", "legal.validation.endBeforeStart");
			end = start;
		}
		List<ContactMoment> moments = repository.moments(familyId, DisplayTime.startOf(start),
				DisplayTime.startOf(end.plusDays(1)));
		Instant now = clock.instant();
		return new ContactView(familyId, directory.name(familyId), grant.isFamilyMember(),
				access.may(familyId, FilePart.CONTACT, AuditAction.CREATE), children.of(grant),
				repository.arrangements(familyId), moments, ContactStats.of(moments, start, end, now), start, end, now,
				repository.changes(familyId, moments.stream().map(ContactMoment::id).toList()),
				repository.arrangementChanges(familyId), today);
	}

	/** Records an arrangement that runs until further notice. */
	@Transactional
	public FormErrors arrange(UUID familyId, String child, String frequency, String minutes, String supervised,
			String place, String setBy, String since, String note) {
		return arrange(familyId, child, frequency, minutes, supervised, place, setBy, since, "", note);
	}

	/**
	 * Records an arrangement. One that ran until further notice and started earlier ends
	 * the day before this one starts (kept as a change): one arrangement is the current
	 * one.
	 */
	@Transactional
	public FormErrors arrange(UUID familyId, String child, String frequency, String minutes, String supervised,
			String place, String setBy, String since, String endedOn, String note) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.CREATE, "family.contact");
		FormErrors errors = errors();
		Optional<ContactArrangement> checked = checkedArrangement(grant, null, child, frequency, minutes, supervised,
				place, setBy, since, endedOn, note, errors);
		if (checked.isEmpty()) {
			return errors;
		}
		ContactArrangement a = checked.get();
		Instant now = clock.instant();
		for (ContactArrangement open : repository.arrangements(familyId)) {
			if (open.childId().equals(a.childId()) && open.endedOn() == null && open.since().isBefore(a.since())) {
				repository.update(familyId, open, withEnd(open, a.since().minusDays(1)), open.version(),
						grant.accountId(), grant.displayName(), now);
			}
		}
		repository.insert(familyId, a, grant.accountId(), now);
		record(grant, "family.contact.arrangement", AuditAction.CREATE);
		return errors;
	}

	/**
	 * Corrects an arrangement, or ends it by giving its last day. What stood before is
	 * kept.
	 */
	@Transactional
	public FormErrors correctArrangement(UUID familyId, UUID arrangementId, String child, String frequency,
			String minutes, String supervised, String place, String setBy, String since, String endedOn, String note,
			int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.UPDATE, "family.contact");
		ContactArrangement before = repository.arrangement(familyId, arrangementId)
			.orElseThrow(() -> new NotFoundException("No arrangement"));
		FormErrors errors = errors();
		Optional<ContactArrangement> checked = checkedArrangement(grant, before, child, frequency, minutes, supervised,
				place, setBy, since, endedOn, note, errors);
		if (checked.isPresent()) {
			repository.update(familyId, before, checked.get(), version, grant.accountId(), grant.displayName(),
					clock.instant());
			record(grant, "family.contact.arrangement", AuditAction.UPDATE);
		}
		return errors;
	}

	private Optional<ContactArrangement> checkedArrangement(FamilyGrant grant, ContactArrangement before, String child,
			String frequency, String minutes, String supervised, String place, String setBy, String since,
			String endedOn, String note, FormErrors errors) {
		Optional<ChildFacts> kid = child(grant, child, errors);
		TextInput.check(errors, "frequency", frequency, true, 200);
		Optional<Integer> length = minutes(errors, "minutes", minutes);
		TextInput.check(errors, "place", place, false, 200);
		Optional<SetBy> by = TextInput.option(SetBy.class, setBy);
		if (by.isEmpty()) {
			errors.add("setBy", "validation.choose");
		}
		LocalDate today = DisplayTime.today(clock);
		Optional<LocalDate> from = DateInput.anyDate(errors, "since", since);
		Optional<LocalDate> until = DateInput.anyDate(errors, "endedOn", endedOn);
		// no child is older than 18, and an arrangement is not set years ahead
		from.filter(d -> d.isBefore(today.minusYears(ARRANGEMENT_YEARS_BACK)) || d.isAfter(today.plusYears(1)))
			.ifPresent(d -> errors.add("since", "legal.validation.farAway"));
		until.filter(d -> d.isBefore(today.minusYears(ARRANGEMENT_YEARS_BACK)) || d.isAfter(today.plusYears(5)))
			.ifPresent(d -> errors.add("endedOn", "legal.validation.farAway"));
		TextInput.check(errors, "note", note, false, 2000);
		LocalDate start = from.orElse(before == null ? today : before.since());
		if (until.isPresent() && !errors.has("endedOn") && until.get().isBefore(start)) {
			errors.add("endedOn", "legal.validation.endBeforeStart");
		}
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ContactArrangement(before == null ? Ids.next() : before.id(), kid.get().id(),
				frequency.strip(), length.get(), "true".equals(supervised), TextInput.clean(place), by.get(), start,
				until.orElse(null), TextInput.clean(note), before == null ? 0 : before.version(), null));
	}

	private static ContactArrangement withEnd(ContactArrangement a, LocalDate end) {
		return new ContactArrangement(a.id(), a.childId(), a.frequency(), a.minutes(), a.supervised(), a.place(),
				a.setBy(), a.since(), end, a.note(), a.version(), a.updatedAt());
	}

	/** Plans a contact moment; for the parents it is an appointment like any other. */
	@Transactional
	public FormErrors plan(UUID familyId, String child, String date, String time, String minutes, String place,
			String supervised) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.CREATE, "family.contact");
		FormErrors errors = errors();
		Optional<ChildFacts> kid = child(grant, child, errors);
		Optional<LocalDate> day = DateInput.anyDate(errors, "date", date);
		if (day.isEmpty() && !errors.has("date")) {
			errors.add("date", "validation.required");
		}
		Optional<LocalTime> at = TextInput.time(errors, "time", time, true);
		Optional<Integer> length = minutes(errors, "minutes", minutes);
		TextInput.check(errors, "place", place, false, 200);
		LocalDate today = DisplayTime.today(clock);
		day.filter(d -> d.isBefore(today.minusYears(2)) || d.isAfter(today.plusYears(2)))
			.ifPresent(d -> errors.add("date", "legal.validation.farAway"));
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant start = day.get().atTime(at.get()).atZone(DisplayTime.ZONE).toInstant();
		ContactMoment moment = new ContactMoment(Ids.next(), kid.get().id(), start, length.get(),
				TextInput.clean(place), "true".equals(supervised), Outcome.PLANNED, null, null, null, null, null, 0,
				null);
		repository.insert(familyId, moment, grant.accountId(), clock.instant());
		keepAppointment(grant, moment, kid.get().name(), "");
		record(grant, "family.contact.moment", AuditAction.CREATE);
		return errors;
	}

	/** Says how a moment went: took place, shortened, or cancelled and by whom. */
	@Transactional
	public FormErrors record(UUID familyId, UUID momentId, String outcome, String cancelledBy, String reason,
			String actualMinutes, String note, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.UPDATE, "family.contact");
		ContactMoment m = repository.moment(familyId, momentId).orElseThrow(() -> new NotFoundException("No moment"));
		FormErrors errors = errors();
		if (m.removed()) {
			errors.add("outcome", "legal.validation.removed");
			return errors;
		}
		Optional<Outcome> result = TextInput.option(Outcome.class, outcome);
		if (result.isEmpty()) {
			errors.add("outcome", "validation.choose");
			return errors;
		}
		CancelledBy by = null;
		Integer actual = null;
		Instant now = clock.instant();
		if (result.get() == Outcome.CANCELLED) {
			by = TextInput.option(CancelledBy.class, cancelledBy).orElse(null);
			if (by == null) {
				errors.add("cancelledBy", "legal.validation.cancelledBy");
			}
		}
		else if (result.get() != Outcome.PLANNED && m.startsAt().isAfter(now)) {
			errors.add("outcome", "legal.validation.notYet");
		}
		if (result.get() == Outcome.SHORTENED) {
			actual = minutes(errors, "actualMinutes", actualMinutes).orElse(null);
			if (actual != null && actual >= m.minutes()) {
				errors.add("actualMinutes", "legal.validation.notShorter", m.minutes());
			}
		}
		TextInput.check(errors, "reason", reason, false, 1000);
		TextInput.check(errors, "note", note, false, 2000);
		if (!errors.isEmpty()) {
			return errors;
		}
		ContactMoment recorded = new ContactMoment(m.id(), m.childId(), m.startsAt(), m.minutes(), m.place(),
				m.supervised(), result.get(), by, TextInput.clean(reason), actual, TextInput.clean(note), null,
				m.version(), null);
		repository.record(familyId, recorded, version, grant.accountId(), now);
		repository.remember(familyId, recorded, grant.accountId(), grant.displayName(), now);
		String child = children.of(grant)
			.stream()
			.filter(c -> c.id().equals(m.childId()))
			.map(ChildFacts::name)
			.findFirst()
			.orElse("");
		keepAppointment(grant, recorded, child, "legal.contact.appointmentCancelled");
		if (result.get() == Outcome.CANCELLED && m.outcome() != Outcome.CANCELLED) {
			tellAboutCancellation(grant, recorded, child);
		}
		record(grant, "family.contact.moment", AuditAction.UPDATE);
		return errors;
	}

	/**
	 * Plans a moment that is still planned at another day or time, say because it was
	 * entered wrongly. The parents' appointment moves with it; the old time stays in the
	 * history.
	 */
	@Transactional
	public FormErrors move(UUID familyId, UUID momentId, String date, String time, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.UPDATE, "family.contact");
		ContactMoment m = repository.moment(familyId, momentId).orElseThrow(() -> new NotFoundException("No moment"));
		FormErrors errors = errors();
		if (!m.correctable()) {
			errors.add("date", "legal.validation.onlyPlanned");
			return errors;
		}
		Optional<LocalDate> day = DateInput.anyDate(errors, "date", date);
		if (day.isEmpty() && !errors.has("date")) {
			errors.add("date", "validation.required");
		}
		Optional<LocalTime> at = TextInput.time(errors, "time", time, true);
		TextInput.check(errors, "moveReason", reason, false, 1000);
		LocalDate today = DisplayTime.today(clock);
		day.filter(d -> d.isBefore(today.minusYears(2)) || d.isAfter(today.plusYears(2)))
			.ifPresent(d -> errors.add("date", "legal.validation.farAway"));
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant start = day.get().atTime(at.get()).atZone(DisplayTime.ZONE).toInstant();
		if (start.equals(m.startsAt())) {
			errors.add("date", "legal.validation.sameTime");
			return errors;
		}
		Instant now = clock.instant();
		repository.move(familyId, m.id(), start, version, grant.accountId(), now);
		repository.remember(familyId, m.id(), ContactChange.Kind.MOVED, m, TextInput.clean(reason), m.startsAt(), start,
				grant.accountId(), grant.displayName(), now);
		ContactMoment moved = new ContactMoment(m.id(), m.childId(), start, m.minutes(), m.place(), m.supervised(),
				m.outcome(), null, null, null, m.note(), null, m.version() + 1, null);
		keepAppointment(grant, moved, childName(grant, m.childId()), "legal.contact.appointmentMoved");
		record(grant, "family.contact.moment", AuditAction.UPDATE);
		return errors;
	}

	/**
	 * Removes a moment that is still planned, as entered by mistake: it stays visible,
	 * marked removed with who did it and why, and no longer counts in the totals. The
	 * parents' appointment is withdrawn.
	 */
	@Transactional
	public FormErrors remove(UUID familyId, UUID momentId, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.UPDATE, "family.contact");
		ContactMoment m = repository.moment(familyId, momentId).orElseThrow(() -> new NotFoundException("No moment"));
		FormErrors errors = errors();
		if (!m.correctable()) {
			errors.add("removeReason", "legal.validation.onlyPlanned");
			return errors;
		}
		TextInput.check(errors, "removeReason", reason, true, 1000);
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		repository.remove(familyId, m.id(), version, grant.accountId(), now);
		repository.remember(familyId, m.id(), ContactChange.Kind.REMOVED, m, TextInput.clean(reason), null, null,
				grant.accountId(), grant.displayName(), now);
		ContactMoment removed = new ContactMoment(m.id(), m.childId(), m.startsAt(), m.minutes(), m.place(),
				m.supervised(), m.outcome(), null, null, null, m.note(), now, m.version() + 1, null);
		keepAppointment(grant, removed, childName(grant, m.childId()), "legal.contact.appointmentRemoved");
		record(grant, "family.contact.moment", AuditAction.UPDATE);
		return errors;
	}

	private String childName(FamilyGrant grant, UUID childId) {
		return children.of(grant)
			.stream()
			.filter(c -> c.id().equals(childId))
			.map(ChildFacts::name)
			.findFirst()
			.orElse("");
	}

	/**
	 * The parents' appointment follows the moment: there while planned or held, withdrawn
	 * when cancelled or removed, whoever records it. Who may not see contact sees only
	 * that there is an appointment.
	 */
	private void keepAppointment(FamilyGrant grant, ContactMoment m, String childName, String reason) {
		Set<UUID> parents = files.memberNames(grant)
			.stream()
			.filter(p -> !p.child())
			.map(FamilyMemberName::id)
			.collect(Collectors.toSet());
		boolean on = m.outcome() != Outcome.CANCELLED && !m.removed();
		appointments.keep(grant.familyId(),
				new MeetingAppointments.Schedule(m.id(), text("legal.contact.organisation"), null,
						text("legal.contact.appointment", childName), on ? m.startsAt() : null,
						on ? m.startsAt().plusSeconds(60L * m.minutes()) : null, m.place(), parents, FilePart.CONTACT),
				reason.isEmpty() ? null : text(reason));
	}

	/**
	 * A cancelled visit is news for the parents and the coordinator, whoever recorded it.
	 */
	private void tellAboutCancellation(FamilyGrant grant, ContactMoment m, String childName) {
		String familyName = directory.name(grant.familyId());
		String day = m.startsAt()
			.atZone(DisplayTime.ZONE)
			.toLocalDate()
			.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
		List<UUID> coordinatorIds = coordinators.coordinatorsOf(List.of(grant.familyId()))
			.getOrDefault(grant.familyId(), List.of());
		for (UUID coordinator : coordinatorIds) {
			if (!coordinator.equals(grant.accountId())) {
				notify(coordinator, "legal.contact.cancelled", familyName, childName, day, m, grant);
			}
		}
		for (RelatedPerson p : access.relatedPeople(grant)) {
			if (p.kind() == RelationshipKind.PARENT && p.accountId() != null
					&& !p.accountId().equals(grant.accountId())) {
				notify(p.accountId(), "legal.contact.cancelled.family", familyName, childName, day, m, grant);
			}
		}
	}

	private void notify(UUID to, String key, String familyName, String childName, String day, ContactMoment m,
			FamilyGrant grant) {
		events.publishEvent(new NotificationDue(to, NotificationKind.CONTACT, key, List.of(familyName, childName, day),
				"/families/" + grant.familyId() + "/contact", "contact:" + m.id() + ":cancelled:" + m.version()));
	}

	private Optional<ChildFacts> child(FamilyGrant grant, String child, FormErrors errors) {
		Optional<ChildFacts> kid = Ids.parse(child == null ? "" : child)
			.flatMap(id -> children.of(grant).stream().filter(c -> c.id().equals(id)).findFirst());
		if (kid.isEmpty()) {
			errors.add("child", "validation.choose");
		}
		return kid;
	}

	private static Optional<Integer> minutes(FormErrors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(field, "validation.required");
			return Optional.empty();
		}
		try {
			int minutes = Integer.parseInt(value.strip());
			if (minutes > 0 && minutes <= MAX_MINUTES) {
				return Optional.of(minutes);
			}
		}
		catch (NumberFormatException e) {
			// explained below
		}
		errors.add(field, "legal.validation.minutes", MAX_MINUTES);
		return Optional.empty();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("legal.field." + field));
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

}
