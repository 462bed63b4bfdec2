package nl.naast.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyChildren;
import nl.naast.family.FamilyChildren.ChildFacts;
import nl.naast.family.FamilyDirectory;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Documents;
import nl.naast.shared.Hashing;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Measures, hearings and deadlines of one family. Default end dates and deadlines come
 * from {@link LegalRules}; the family's own dates (from the court's letter) always win,
 * within what the law allows.
 */
@Service
public class Legal {

	/** Dates further away than this are typing errors, not measures. */
	static final int YEARS_BACK = 20;

	static final int YEARS_AHEAD = 5;

	static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	private final LegalRepository repository;

	private final FamilyAccess access;

	private final FamilyChildren children;

	private final FamilyDirectory directory;

	private final LegalRules rules;

	private final AuditLog audit;

	private final nl.naast.identity.Accounts accounts;

	private final Clock clock;

	Legal(LegalRepository repository, FamilyAccess access, FamilyChildren children, FamilyDirectory directory,
			LegalRules rules, AuditLog audit, nl.naast.identity.Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.repository = repository;
		this.access = access;
		this.children = children;
		this.directory = directory;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public LegalView view(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.LEGAL, AuditAction.VIEW, "family.legal");
		LocalDate today = DisplayTime.today(clock);
		List<ChildFacts> kids = children.of(grant);
		List<Measure> measures = repository.measures(familyId);
		List<LegalEvent> events = repository.events(familyId);
		String name = directory.name(familyId);
		List<Deadline> deadlines = deadlines(familyId, name, kids, measures, events, today);
		List<Deadline> alerts = deadlines.stream().filter(d -> d.pressing(today)).toList();
		Map<UUID, LocalDate> lapses = new HashMap<>();
		measures.forEach(m -> lapses.put(m.id(), lapsesOn(m, rules)));
		boolean parent = grant.relationship() == RelationshipKind.PARENT;
		return new LegalView(familyId, name, grant.isFamilyMember(),
				access.may(familyId, FilePart.LEGAL, AuditAction.CREATE),
				access.may(familyId, FilePart.LEGAL, AuditAction.REVOKE), kids, measures, events, deadlines, alerts,
				parent && repository.chose(familyId, grant.accountId()), today, rules.rules(), lapses);
	}

	/**
	 * Everything with a day that matters, soonest first: each open deadline, also when
	 * its day has passed (overdue ones first); the end of each measure in force that no
	 * later measure carries on; the day an authorisation for placement lapses while it is
	 * not carried out; each child's 18th birthday.
	 */
	List<Deadline> deadlines(UUID familyId, String familyName, List<ChildFacts> kids, List<Measure> measures,
			List<LegalEvent> events, LocalDate today) {
		Map<UUID, String> names = new HashMap<>();
		kids.forEach(c -> names.put(c.id(), c.name()));
		List<Deadline> all = new ArrayList<>();
		for (Measure m : measures) {
			all.addAll(deadlinesOf(familyId, familyName, m, measures, names.get(m.childId()), today, rules));
		}
		for (LegalEvent e : events) {
			if (e.open()) {
				all.add(new Deadline(familyId, familyName, e.id(), Deadline.Source.EVENT, e.kind().name(),
						e.childId() == null ? null : names.get(e.childId()), e.dueOn(),
						days(rules.reminders().forEvent(e.kind()))));
			}
		}
		for (ChildFacts c : kids) {
			if (!c.adultOn().isBefore(today)) {
				all.add(new Deadline(familyId, familyName, c.id(), Deadline.Source.BIRTHDAY, "BIRTHDAY", c.name(),
						c.adultOn(), days(rules.reminders().birthday())));
			}
		}
		all.sort(Comparator.comparing(Deadline::dueOn));
		return all;
	}

	/**
	 * The days that matter for one measure from today on. Its end, with the reminders to
	 * ask for an extension, unless a later measure carries it on (an extension recorded
	 * as a new order, an OTS after a VOTS) or it is an authorisation for placement that
	 * was not carried out: that one lapses first, so its lapse day is the deadline, until
	 * it has lapsed, and then there is nothing left to extend.
	 */
	static List<Deadline> deadlinesOf(UUID familyId, String familyName, Measure m, List<Measure> all, String childName,
			LocalDate today, LegalRules rules) {
		if (continued(m, all)) {
			return List.of();
		}
		if (m.kind() == MeasureKind.MUHP && m.executedOn() == null) {
			LocalDate lapsesOn = lapsesOn(m, rules);
			if (m.endsOn() == null || lapsesOn.isBefore(m.endsOn())) {
				return lapsesOn.isBefore(today) ? List.of() : List.of(new Deadline(familyId, familyName, m.id(),
						Deadline.Source.LAPSE, m.kind().name(), childName, lapsesOn, days(rules.reminders().lapse())));
			}
		}
		if (m.endsOn() == null || m.endsOn().isBefore(today)) {
			return List.of();
		}
		return List.of(new Deadline(familyId, familyName, m.id(), Deadline.Source.MEASURE, m.kind().name(), childName,
				m.endsOn(), days(rules.reminders().measure())));
	}

	/** The last day to carry out an authorisation for placement. */
	static LocalDate lapsesOn(Measure m, LegalRules rules) {
		return m.startsOn().plus(rules.rule("muhp-lapse").duration());
	}

	/**
	 * Whether a later measure for the same child carries this one on: it starts after
	 * this one, at the latest the day after this one ends.
	 */
	static boolean continued(Measure m, List<Measure> all) {
		if (m.endsOn() == null) {
			return false;
		}
		return all.stream()
			.anyMatch(n -> !n.id().equals(m.id()) && n.childId().equals(m.childId()) && m.kind().continuedBy(n.kind())
					&& n.startsOn().isAfter(m.startsOn()) && !n.startsOn().isAfter(m.endsOn().plusDays(1)));
	}

	/**
	 * "Termijnen": the coming end dates and deadlines of all families a coordinator
	 * coordinates, most urgent first: open deadlines whose day has passed at the top.
	 */
	@Transactional
	public List<Deadline> forCoordinator() {
		if (accounts.current().role() != nl.naast.identity.Role.COORDINATOR) {
			throw new NotFoundException("For coordinators");
		}
		LocalDate today = DisplayTime.today(clock);
		// families whose work has ended have no deadlines for the team any more
		List<UUID> families = access.openFamiliesOfCurrentUser(FilePart.LEGAL, AuditAction.VIEW);
		access.recordListed(families, "family.legal.deadlines");
		Map<UUID, List<Measure>> measures = repository.measuresOf(families);
		Map<UUID, List<LegalEvent>> events = repository.eventsOf(families);
		Map<UUID, List<ChildFacts>> kids = children.ofFamilies(families);
		Map<UUID, String> names = children.familyNames(families);
		List<Deadline> all = new ArrayList<>();
		for (UUID family : families) {
			all.addAll(deadlines(family, names.get(family), kids.getOrDefault(family, List.of()),
					measures.getOrDefault(family, List.of()), events.getOrDefault(family, List.of()), today));
		}
		all.sort(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::familyName));
		return all;
	}

	static long[] days(List<java.time.Period> periods) {
		return periods.stream().mapToLong(p -> p.toTotalMonths() * 30 + p.getDays()).sorted().map(d -> d).toArray();
	}

	// measures

	/** The end date Naast fills in when the court's letter gives none. */
	LocalDate defaultEnd(MeasureKind kind, LocalDate start, UUID childId, List<Measure> measures, LocalDate adultOn) {
		if (kind.rule() == null) {
			return null;
		}
		LocalDate end = start.plus(rules.rule(kind.rule()).duration());
		if (kind == MeasureKind.MUHP) {
			Optional<Measure> order = supervisionAt(childId, start, measures);
			if (order.isPresent() && order.get().endsOn() != null && order.get().endsOn().isBefore(end)) {
				end = order.get().endsOn();
			}
		}
		return adultOn.isBefore(end) ? adultOn : end;
	}

	private static Optional<Measure> supervisionAt(UUID childId, LocalDate day, List<Measure> measures) {
		return measures.stream()
			.filter(m -> m.childId().equals(childId) && (m.kind() == MeasureKind.OTS || m.kind() == MeasureKind.VOTS))
			.filter(m -> m.overlaps(day, day))
			.findFirst();
	}

	@Transactional
	public FormErrors addMeasure(UUID familyId, MeasureForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.CREATE, "family.legal");
		FormErrors errors = errors();
		Measure measure = checked(grant, form, null, errors);
		if (errors.isEmpty()) {
			repository.insert(familyId, measure, grant.accountId(), clock.instant());
			record(grant, "family.legal.measure", AuditAction.CREATE);
		}
		return errors;
	}

	@Transactional
	public FormErrors changeMeasure(UUID familyId, UUID measureId, MeasureForm form, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.UPDATE, "family.legal");
		repository.measure(familyId, measureId).orElseThrow(() -> new NotFoundException("No measure"));
		FormErrors errors = errors();
		Measure measure = checked(grant, form, measureId, errors);
		if (errors.isEmpty()) {
			repository.update(familyId, measure, version, grant.accountId(), clock.instant());
			record(grant, "family.legal.measure", AuditAction.UPDATE);
		}
		return errors;
	}

	@Transactional
	public void deleteMeasure(UUID familyId, UUID measureId) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.REVOKE, "family.legal");
		if (!repository.delete(familyId, measureId)) {
			throw new NotFoundException("No measure");
		}
		record(grant, "family.legal.measure", AuditAction.REVOKE);
	}

	/**
	 * One measure, for its page. Refusals are recorded here; the look itself is recorded
	 * once, by {@link #view}, which the page shows around it (one record per request).
	 */
	@Transactional
	public Measure measure(UUID familyId, UUID measureId) {
		access.authorise(familyId, FilePart.LEGAL, AuditAction.VIEW, "family.legal");
		return repository.measure(familyId, measureId).orElseThrow(() -> new NotFoundException("No measure"));
	}

	private Measure checked(FamilyGrant grant, MeasureForm form, UUID id, FormErrors errors) {
		LocalDate today = DisplayTime.today(clock);
		List<ChildFacts> kids = children.of(grant);
		Optional<ChildFacts> child = Ids.parse(form.child())
			.flatMap(cid -> kids.stream().filter(c -> c.id().equals(cid)).findFirst());
		if (child.isEmpty()) {
			errors.add("child", "validation.choose");
		}
		Optional<MeasureKind> kind = TextInput.option(MeasureKind.class, form.kind());
		if (kind.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		Optional<LocalDate> start = DateInput.anyDate(errors, "startsOn", form.startsOn());
		if (start.isEmpty() && !errors.has("startsOn")) {
			errors.add("startsOn", "validation.required");
		}
		Optional<LocalDate> end = DateInput.anyDate(errors, "endsOn", form.endsOn());
		Optional<LocalDate> executed = DateInput.pastOrToday(errors, "executedOn", form.executedOn(), false, today);
		TextInput.check(errors, "court", form.court(), false, 200);
		TextInput.check(errors, "reference", form.reference(), false, 100);
		TextInput.check(errors, "note", form.note(), false, 2000);
		start.filter(s -> farAway(s, today)).ifPresent(s -> errors.add("startsOn", "legal.validation.farAway"));
		end.filter(e -> farAway(e, today)).ifPresent(e -> errors.add("endsOn", "legal.validation.farAway"));
		if (!errors.isEmpty()) {
			return null;
		}
		List<Measure> others = repository.measures(grant.familyId()).stream().filter(m -> !m.id().equals(id)).toList();
		LocalDate ends = end
			.orElseGet(() -> defaultEnd(kind.get(), start.get(), child.get().id(), others, child.get().adultOn()));
		Optional<Measure> order = kind.get() == MeasureKind.MUHP ? supervisionAt(child.get().id(), start.get(), others)
				: Optional.empty();
		if (ends != null && ends.isBefore(start.get())) {
			errors.add("endsOn", "legal.validation.endBeforeStart");
		}
		else if (kind.get() == MeasureKind.MUHP && order.isEmpty()) {
			errors.add("startsOn", "legal.validation.placementWithoutOrder");
		}
		else if (ends != null && order.isPresent() && order.get().endsOn() != null
				&& ends.isAfter(order.get().endsOn())) {
			// the placement's own limit: the order it belongs to
			errors.add("endsOn", "legal.validation.placementLongerThanOrder", rules.rule("muhp").source());
		}
		else if (ends != null && kind.get().rule() != null) {
			LegalRules.Rule rule = rules.rule(kind.get().rule());
			if (ends.isAfter(start.get().plus(rule.duration()))) {
				errors.add("endsOn", "legal.validation.tooLong", rule.source());
			}
		}
		if (ends != null && ends.isAfter(child.get().adultOn()) && !errors.has("endsOn")) {
			errors.add("endsOn", "legal.validation.adult", child.get().name());
		}
		if (executed.isPresent() && kind.get() != MeasureKind.MUHP) {
			errors.add("executedOn", "legal.validation.onlyPlacement");
		}
		else if (executed.isPresent() && executed.get().isBefore(start.get())) {
			errors.add("executedOn", "legal.validation.beforeStart");
		}
		boolean overlap = others.stream()
			.anyMatch(m -> m.childId().equals(child.get().id()) && m.kind() == kind.get()
					&& m.overlaps(start.get(), ends));
		if (overlap) {
			errors.add("startsOn", "legal.validation.overlap");
		}
		return new Measure(id == null ? Ids.next() : id, child.get().id(), kind.get(), start.get(), ends,
				executed.orElse(null), TextInput.clean(form.court()), TextInput.clean(form.reference()),
				TextInput.clean(form.note()), null, 0, null);
	}

	/** Keeps the court's decision with the measure: a PDF or a photo. */
	@Transactional
	public FormErrors attach(UUID familyId, UUID measureId, String fileName, byte[] content) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.UPDATE, "family.legal");
		repository.measure(familyId, measureId).orElseThrow(() -> new NotFoundException("No measure"));
		FormErrors errors = errors();
		if (content == null || content.length == 0) {
			errors.add("document", "legal.validation.noFile");
			return errors;
		}
		if (content.length > MAX_DOCUMENT) {
			errors.add("document", "legal.validation.tooLarge", MAX_DOCUMENT / (1024 * 1024));
			return errors;
		}
		Optional<String> type = Documents.kind(content);
		if (type.isEmpty()) {
			errors.add("document", "legal.validation.fileKind");
			return errors;
		}
		repository.saveDocument(familyId, measureId, Documents.cleanName(fileName, type.get(), "beschikking"),
				type.get(), content, Hashing.sha256Hex(content), grant.accountId(), clock.instant());
		record(grant, "family.legal.document", AuditAction.CREATE);
		return errors;
	}

	/** The court's decision, for whoever may read the legal part. */
	public record File(String name, String contentType, byte[] content) {
	}

	@Transactional
	public File document(UUID familyId, UUID measureId) {
		access.require(familyId, FilePart.LEGAL, AuditAction.VIEW, "family.legal.document");
		return repository.document(familyId, measureId)
			.map(d -> new File(d.fileName(), d.contentType(), d.content()))
			.orElseThrow(() -> new NotFoundException("No document"));
	}

	// events

	@Transactional
	public FormErrors addEvent(UUID familyId, EventForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.CREATE, "family.legal");
		FormErrors errors = errors();
		LegalEvent event = checked(grant, form, null, errors);
		if (errors.isEmpty()) {
			repository.insert(familyId, event, grant.accountId(), clock.instant());
			record(grant, "family.legal.event", AuditAction.CREATE);
		}
		return errors;
	}

	@Transactional
	public FormErrors changeEvent(UUID familyId, UUID eventId, EventForm form, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.UPDATE, "family.legal");
		LegalEvent old = repository.event(familyId, eventId).orElseThrow(() -> new NotFoundException("No event"));
		FormErrors errors = errors();
		LegalEvent event = checked(grant, form, old, errors);
		if (errors.isEmpty()) {
			repository.update(familyId, event, version, grant.accountId(), clock.instant());
			record(grant, "family.legal.event", AuditAction.UPDATE);
		}
		return errors;
	}

	/** Marks a deadline as met (or a hearing as held); its reminders stop. */
	@Transactional
	public void done(UUID familyId, UUID eventId, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.UPDATE, "family.legal");
		LegalEvent e = repository.event(familyId, eventId).orElseThrow(() -> new NotFoundException("No event"));
		repository.update(familyId,
				new LegalEvent(e.id(), e.childId(), e.kind(), e.baseOn(), e.dueOn(), e.atTime(), e.place(), e.lawyer(),
						e.whoActs(), e.whatNeeded(), e.open() ? DisplayTime.today(clock) : null, e.version(), null),
				version, grant.accountId(), clock.instant());
		record(grant, "family.legal.event", AuditAction.UPDATE);
	}

	@Transactional
	public void deleteEvent(UUID familyId, UUID eventId) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.REVOKE, "family.legal");
		if (!repository.deleteEvent(familyId, eventId)) {
			throw new NotFoundException("No event");
		}
		record(grant, "family.legal.event", AuditAction.REVOKE);
	}

	/** One event, for its page; recorded as {@link #measure} is. */
	@Transactional
	public LegalEvent event(UUID familyId, UUID eventId) {
		access.authorise(familyId, FilePart.LEGAL, AuditAction.VIEW, "family.legal");
		return repository.event(familyId, eventId).orElseThrow(() -> new NotFoundException("No event"));
	}

	private LegalEvent checked(FamilyGrant grant, EventForm form, LegalEvent old, FormErrors errors) {
		LocalDate today = DisplayTime.today(clock);
		UUID childId = null;
		if (form.child() != null && !form.child().isBlank()) {
			Optional<UUID> id = Ids.parse(form.child())
				.filter(cid -> children.of(grant).stream().anyMatch(c -> c.id().equals(cid)));
			if (id.isEmpty()) {
				errors.add("child", "validation.choose");
			}
			childId = id.orElse(null);
		}
		Optional<EventKind> kind = TextInput.option(EventKind.class, form.kind());
		if (kind.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		Optional<LocalDate> base = DateInput.anyDate(errors, "baseOn", form.baseOn());
		Optional<LocalDate> due = DateInput.anyDate(errors, "dueOn", form.dueOn());
		Optional<LocalTime> at = TextInput.time(errors, "atTime", form.atTime(), false);
		TextInput.check(errors, "place", form.place(), false, 200);
		TextInput.check(errors, "lawyer", form.lawyer(), false, 200);
		TextInput.check(errors, "whoActs", form.whoActs(), false, 300);
		TextInput.check(errors, "whatNeeded", form.whatNeeded(), false, 2000);
		base.filter(b -> farAway(b, today)).ifPresent(b -> errors.add("baseOn", "legal.validation.farAway"));
		due.filter(d -> farAway(d, today)).ifPresent(d -> errors.add("dueOn", "legal.validation.farAway"));
		if (!errors.isEmpty()) {
			return null;
		}
		LocalDate dueOn = due.orElse(null);
		if (dueOn == null && kind.get().computed() && base.isPresent()) {
			dueOn = Termijnen.extendedIfClosed(rawDeadline(rules.rule(kind.get().rule()), base.get()));
		}
		if (dueOn == null) {
			errors.add("dueOn", kind.get().computed() ? "legal.validation.dueOrBase" : "validation.required");
			return null;
		}
		if (base.isPresent() && base.get().isAfter(dueOn)) {
			errors.add("baseOn", "legal.validation.baseAfterDue");
		}
		return new LegalEvent(old == null ? Ids.next() : old.id(), childId, kind.get(), base.orElse(null), dueOn,
				at.orElse(null), TextInput.clean(form.place()), TextInput.clean(form.lawyer()),
				TextInput.clean(form.whoActs()), TextInput.clean(form.whatNeeded()), old == null ? null : old.doneOn(),
				0, null);
	}

	/** A rule's period as words: working days, days, months or years. */
	static LegalView.Span span(LegalRules.Rule rule) {
		java.time.Period p = rule.duration();
		if (rule.workingDays()) {
			return new LegalView.Span("legal.duration.workingDays", p.getDays());
		}
		if (p.getDays() == 0 && p.getMonths() == 0) {
			return new LegalView.Span("legal.duration.years", p.getYears());
		}
		if (p.getDays() == 0) {
			return new LegalView.Span("legal.duration.months", p.toTotalMonths());
		}
		return new LegalView.Span("legal.duration.days", p.toTotalMonths() * 30 + p.getDays());
	}

	/** The last day of a period before the weekend-and-holiday rule moves it. */
	static LocalDate rawDeadline(LegalRules.Rule rule, LocalDate base) {
		if (rule.workingDays()) {
			return Termijnen.plusWorkingDays(base, rule.duration().getDays());
		}
		return base.plus(rule.duration());
	}

	/** A parent chooses whether reminders reach them too. */
	@Transactional
	public void remindMe(UUID familyId, boolean wants) {
		FamilyGrant grant = access.authorise(familyId, FilePart.LEGAL, AuditAction.UPDATE, "family.legal");
		if (grant.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Parents choose their own reminders");
		}
		repository.choose(familyId, grant.accountId(), wants, clock.instant());
		record(grant, "family.legal.reminders", AuditAction.UPDATE);
	}

	private static boolean farAway(LocalDate day, LocalDate today) {
		return day.isBefore(today.minusYears(YEARS_BACK)) || day.isAfter(today.plusYears(YEARS_AHEAD));
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("legal.field." + field));
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

	public LocalDate today() {
		return DisplayTime.today(clock);
	}

}
