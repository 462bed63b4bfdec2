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
				repository.changes(familyId, moments.stream().map(ContactMoment::id).toList()));
	}

	@Transactional
	public FormErrors arrange(UUID familyId, String child, String frequency, String minutes, String supervised,
			String place, String setBy, String since, String note) {
		FamilyGrant grant = access.authorise(familyId, FilePart.CONTACT, AuditAction.CREATE, "family.contact");
		FormErrors errors = errors();
		Optional<ChildFacts> kid = child(grant, child, errors);
		TextInput.check(errors, "frequency", frequency, true, 200);
		Optional<Integer> length = minutes(errors, "minutes", minutes);
		TextInput.check(errors, "place", place, false, 200);
		Optional<SetBy> by = TextInput.option(SetBy.class, setBy);
		if (by.isEmpty()) {
			errors.add("setBy", "validation.choose");
		}
		Optional<LocalDate> from = DateInput.anyDate(errors, "since", since);
		TextInput.check(errors, "note", note, false, 2000);
		if (errors.isEmpty()) {
			repository.insert(familyId,
					new ContactArrangement(Ids.next(), kid.get().id(), frequency.strip(), length.get(),
							"true".equals(supervised), TextInput.clean(place), by.get(),
							from.orElse(DisplayTime.today(clock)), TextInput.clean(note), 0, null),
					grant.accountId(), clock.instant());
			record(grant, "family.contact.arrangement", AuditAction.CREATE);
		}
		return errors;
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
				TextInput.clean(place), "true".equals(supervised), Outcome.PLANNED, null, null, null, null, 0, null);
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
				m.supervised(), result.get(), by, TextInput.clean(reason), actual, TextInput.clean(note), m.version(),
				null);
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
	 * The parents' appointment follows the moment: there while planned or held, withdrawn
	 * when cancelled, whoever records it. Who may not see contact sees only that there is
	 * an appointment.
	 */
	private void keepAppointment(FamilyGrant grant, ContactMoment m, String childName, String reason) {
		Set<UUID> parents = files.memberNames(grant)
			.stream()
			.filter(p -> !p.child())
			.map(FamilyMemberName::id)
			.collect(Collectors.toSet());
		boolean on = m.outcome() != Outcome.CANCELLED;
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
