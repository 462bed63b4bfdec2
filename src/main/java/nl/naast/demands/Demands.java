package nl.naast.demands;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import nl.naast.family.FamilyDirectory;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyMemberName;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Everything asked of the family in one place, so that the team sees the total before the
 * family drowns: the load per week, appointments that cannot both be kept, and the
 * family's own voice on each demand.
 */
@Service
public class Demands {

	static final ZoneId ZONE = DisplayTime.ZONE;

	static final int WEEKS_BACK = 8;

	static final int WEEKS_AHEAD = 8;

	private final DemandRepository demands;

	private final FamilyAccess access;

	private final FamilyFiles files;

	private final FamilyDirectory directory;

	private final AuditLog audit;

	private final LoadRules rules;

	private final Clock clock;

	Demands(DemandRepository demands, FamilyAccess access, FamilyFiles files, FamilyDirectory directory, AuditLog audit,
			LoadRules rules, Clock clock) {
		this.demands = demands;
		this.access = access;
		this.files = files;
		this.directory = directory;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DemandsView view(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.DEMANDS, AuditAction.VIEW, "family.demands");
		List<Demand> all = demands.ofFamily(familyId);
		LocalDate today = today();
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		List<Demand> open = all.stream().filter(Demand::open).toList();
		List<Demand> coming = open.stream()
			.filter(d -> d.day(ZONE).map(day -> !day.isBefore(monday)).orElse(false))
			.sorted(Comparator.comparing(d -> d.day(ZONE).orElseThrow()))
			.toList();
		List<Demand> ongoing = open.stream().filter(d -> d.day(ZONE).isEmpty()).toList();
		List<Demand> past = all.stream().filter(d -> !coming.contains(d) && !ongoing.contains(d)).toList();
		List<FamilyMemberName> members = files.memberNames(grant);
		Map<UUID, String> people = new LinkedHashMap<>();
		members.forEach(m -> people.put(m.id(), m.name()));
		List<WeekLoad> load = Load.perWeek(all, people, monday.minusWeeks(WEEKS_BACK), WEEKS_BACK + WEEKS_AHEAD, rules,
				ZONE);
		Set<UUID> clashing = Clashes.involved(clashes(all));
		Map<UUID, List<Mark>> marks = demands.marks(familyId)
			.stream()
			.collect(Collectors.groupingBy(Mark::demandId, LinkedHashMap::new, Collectors.toList()));
		return new DemandsView(familyId, directory.name(familyId), grant.relationship(), grant.accountId(), coming,
				ongoing, past, clashing, load, monday, marks, members, LoadPicture.draw(load, people, monday),
				access.retentionUntil(familyId).isPresent(), demands.contradictions(familyId),
				all.stream().collect(Collectors.toMap(Demand::id, d -> d)),
				demands.changes(familyId)
					.stream()
					.collect(Collectors.groupingBy(DemandChange::demandId, LinkedHashMap::new, Collectors.toList())),
				access.may(familyId, FilePart.MEETINGS, AuditAction.VIEW),
				access.may(familyId, FilePart.CONTACT, AuditAction.VIEW));
	}

	/**
	 * For the top of the overview: clashes, overloaded weeks ahead, and the family's
	 * marks for the coordinator.
	 */
	@Transactional(readOnly = true)
	public Optional<Summary> summary(UUID familyId) {
		if (!access.may(familyId, FilePart.DEMANDS, AuditAction.VIEW)) {
			return Optional.empty();
		}
		List<Demand> all = demands.ofFamily(familyId);
		int clashes = Clashes.involved(clashes(all)).size();
		LocalDate monday = today().with(DayOfWeek.MONDAY);
		Map<UUID, String> people = new LinkedHashMap<>();
		all.forEach(d -> people.putIfAbsent(d.askedOfId(), d.askedOfName()));
		long overload = Load.perWeek(all, people, monday, WEEKS_AHEAD, rules, ZONE)
			.stream()
			.filter(WeekLoad::overload)
			.count();
		var signals = demands.openSignals(familyId);
		int marks = signals.marks();
		long contradictions = signals.openContradictions();
		return clashes + overload + marks + contradictions == 0 ? Optional.empty()
				: Optional.of(new Summary(clashes, overload, marks, contradictions));
	}

	public record Summary(int clashingDemands, long overloadedWeeks, int familyMarks, long openContradictions) {
	}

	/**
	 * The result of recording: what to fix, or whether the new appointment clashes with
	 * another.
	 */
	public record Recorded(FormErrors errors, boolean clashes, boolean contradicts, UUID id) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	/**
	 * A team member (with consent), the coordinator or a parent records what is asked of
	 * the family.
	 */
	@Transactional
	public Recorded record(UUID familyId, DemandForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.CREATE, "family.demands");
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field." + field));
		Optional<FamilyMemberName> of = askedOf(grant, form, errors);
		DemandForm.Checked checked = form.check(errors, today(), clock.instant(), ZONE);
		if (!errors.isEmpty()) {
			return new Recorded(errors, false, false, null);
		}
		Instant now = clock.instant();
		Demand demand = fromForm(Ids.next(), form, checked, of.get(), grant.accountId(), grant.displayName(),
				grant.relationship(), 0, now);
		List<Demand> before = demands.ofFamily(familyId);
		boolean clash = demand.appointment()
			.map(a -> Clashes.clashesWithAny(a, appointments(before), rules.travelPerAppointment()))
			.orElse(false);
		demands.insert(familyId, demand, now);
		// each contradiction the new demand brings is recorded at once, and stays until
		// someone resolves it
		List<Demand> contradicted = Contradictions.contradictedBy(demand, before);
		contradicted
			.forEach(other -> demands.link(familyId, other.id(), demand.id(), null, true, grant.displayName(), now));
		boolean contradicts = !contradicted.isEmpty();
		record(grant, AuditAction.CREATE);
		return new Recorded(errors, clash, contradicts, demand.id());
	}

	/**
	 * A team member, the coordinator or a parent links two demands that cannot both be
	 * met.
	 */
	@Transactional
	public FormErrors link(UUID familyId, UUID firstId, String secondId, String note) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.CREATE, "family.demands");
		if (openDemand(familyId, firstId).linked()) {
			throw new NotFoundException("An appointment that belongs to something else is no demand of its own");
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field." + field));
		Optional<Demand> second = nl.naast.shared.Ids.parse(secondId)
			.filter(id -> !id.equals(firstId))
			.flatMap(id -> demands.find(familyId, id))
			.filter(Demand::open)
			// a meeting's or a contact moment's appointment is no demand of its own
			.filter(d -> !d.linked());
		if (second.isEmpty()) {
			errors.add("other", "validation.choose");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			errors.add("note", "demands.validation.contradictionNote");
		}
		else if (text.length() > DemandForm.MAX) {
			errors.add("note", "validation.tooLong", DemandForm.MAX);
		}
		if (errors.isEmpty()) {
			demands.link(familyId, firstId, second.get().id(), text, false, grant.displayName(), clock.instant());
			record(grant, AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Someone resolves a contradiction, saying how; it then leaves the top of the
	 * overview.
	 */
	@Transactional
	public FormErrors resolve(UUID familyId, UUID contradictionId, String resolution) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.UPDATE, "family.demands");
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field.resolution"));
		String text = resolution == null ? "" : resolution.strip();
		if (text.isEmpty()) {
			errors.add("resolution", "demands.validation.resolution");
		}
		else if (text.length() > DemandForm.MAX) {
			errors.add("resolution", "validation.tooLong", DemandForm.MAX);
		}
		if (errors.isEmpty()) {
			if (demands.contradictions(familyId).stream().noneMatch(c -> c.id().equals(contradictionId))) {
				throw new NotFoundException("No contradiction");
			}
			if (!demands.resolve(familyId, contradictionId, text, grant.displayName(), clock.instant())) {
				throw new nl.naast.shared.ConcurrentEditException("Resolved meanwhile");
			}
			record(grant, AuditAction.UPDATE);
		}
		return errors;
	}

	/**
	 * The asker (or the coordinator) changes what a demand says, saying why; what it said
	 * before is kept.
	 */
	@Transactional
	public Recorded change(UUID familyId, UUID demandId, DemandForm form, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.UPDATE, "family.demands");
		Demand old = ownDemand(familyId, demandId);
		if (!old.recordedBy().equals(grant.accountId()) && grant.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("Only the asker or the coordinator changes a demand");
		}
		sameVersion(old, version);
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field." + field));
		Optional<FamilyMemberName> of = askedOf(grant, form, errors);
		DemandForm.Checked checked = form.check(errors, today(), clock.instant(), ZONE);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			errors.add("reason", "demands.validation.changeReason");
		}
		else if (why.length() > DemandForm.MAX) {
			errors.add("reason", "validation.tooLong", DemandForm.MAX);
		}
		if (!errors.isEmpty()) {
			return new Recorded(errors, false, false, null);
		}
		Instant now = clock.instant();
		Demand changed = fromForm(old.id(), form, checked, of.get(), old.recordedBy(), old.recordedByName(),
				old.recordedByKind(), old.version(), old.createdAt());
		List<Demand> others = demands.ofFamily(familyId).stream().filter(d -> !d.id().equals(old.id())).toList();
		boolean clash = changed.appointment()
			.map(a -> Clashes.clashesWithAny(a, appointments(others), rules.travelPerAppointment()))
			.orElse(false);
		demands.change(familyId, old, changed, why, summary(old), summary(changed), grant.displayName(),
				grant.accountId(), now);
		Set<java.util.Set<UUID>> linked = demands.contradictions(familyId)
			.stream()
			.filter(Contradiction::open)
			.map(c -> java.util.Set.of(c.firstId(), c.secondId()))
			.collect(Collectors.toSet());
		List<Demand> contradicted = Contradictions.contradictedBy(changed, others)
			.stream()
			.filter(other -> !linked.contains(java.util.Set.of(other.id(), changed.id())))
			.toList();
		contradicted
			.forEach(other -> demands.link(familyId, other.id(), changed.id(), null, true, grant.displayName(), now));
		record(grant, AuditAction.UPDATE);
		return new Recorded(errors, clash, !contradicted.isEmpty(), changed.id());
	}

	/**
	 * The family member the demand is asked of; only members of this family can be
	 * chosen.
	 */
	private Optional<FamilyMemberName> askedOf(FamilyGrant grant, DemandForm form, FormErrors errors) {
		Optional<FamilyMemberName> of = files.memberNames(grant)
			.stream()
			.filter(m -> m.id().toString().equals(form.askedOf()))
			.findFirst();
		if (of.isEmpty()) {
			errors.add("askedOf", "validation.choose");
		}
		return of;
	}

	private Demand fromForm(UUID id, DemandForm form, DemandForm.Checked checked, FamilyMemberName of, UUID recordedBy,
			String recordedByName, RelationshipKind recordedByKind, int version, Instant createdAt) {
		DemandKind kind = form.chosenKind().orElseThrow();
		return new Demand(id, form.askerOrg().strip(), TextInput.clean(form.askerPerson()), of.id(), of.name(),
				form.what().strip(), TextInput.clean(form.why()), TextInput.clean(form.consequence()), kind,
				checked.start(), checked.end(), kind == DemandKind.APPOINTMENT && form.isAllDay(),
				TextInput.clean(form.place()), checked.due(), form.isCompulsory(), TextInput.clean(form.reference()),
				DemandStatus.OPEN, null, recordedBy, recordedByName, recordedByKind, version, createdAt,
				TextInput.clean(form.topic()), form.chosenPolarity().orElse(null), checked.periodFrom(),
				checked.periodTo(), null, null);
	}

	/** A demand in one line, for the history: what, and when. */
	static String summary(Demand d) {
		String when = d.startsAt() != null
				? java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(d.startsAt().atZone(ZONE))
				: d.dueOn() != null ? java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy").format(d.dueOn()) : null;
		return when == null ? d.what() : d.what() + " (" + when + ")";
	}

	/** A demand was met. */
	@Transactional
	public void done(UUID familyId, UUID demandId, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.UPDATE, "family.demands");
		Demand demand = ownDemand(familyId, demandId);
		boolean recorder = demand.recordedBy().equals(grant.accountId());
		if (!recorder && grant.relationship() != RelationshipKind.COORDINATOR
				&& grant.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Not allowed to close this demand");
		}
		sameVersion(demand, version);
		demands.changeStatus(familyId, demand, DemandStatus.DONE, null, grant.displayName(), grant.accountId(),
				clock.instant());
		record(grant, AuditAction.UPDATE);
	}

	/** The asker (or the coordinator) withdraws a demand, saying why. */
	@Transactional
	public FormErrors withdraw(UUID familyId, UUID demandId, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.DEMANDS, AuditAction.UPDATE, "family.demands");
		Demand demand = ownDemand(familyId, demandId);
		if (!demand.recordedBy().equals(grant.accountId()) && grant.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("Only the asker or the coordinator withdraws a demand");
		}
		sameVersion(demand, version);
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field.reason"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			errors.add("reason", "demands.validation.withdrawReason");
		}
		else if (why.length() > DemandForm.MAX) {
			errors.add("reason", "validation.tooLong", DemandForm.MAX);
		}
		if (errors.isEmpty()) {
			demands.changeStatus(familyId, demand, DemandStatus.WITHDRAWN, why, grant.displayName(), grant.accountId(),
					clock.instant());
			record(grant, AuditAction.UPDATE);
		}
		return errors;
	}

	/** A parent says a demand is too much, unclear or not right, in their own words. */
	@Transactional
	public FormErrors mark(UUID familyId, UUID demandId, Mark.Kind kind, String words) {
		FamilyGrant parent = access.authorise(familyId, FilePart.DEMANDS, AuditAction.UPDATE, "family.demands");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only the family marks a demand");
		}
		demands.find(familyId, demandId).orElseThrow(() -> new NotFoundException("No demand"));
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("demands.field." + field));
		if (kind == null) {
			errors.add("mark", "validation.choose");
		}
		String text = words == null ? "" : words.strip();
		if (text.length() > DemandForm.MAX) {
			errors.add("words", "validation.tooLong", DemandForm.MAX);
		}
		if (errors.isEmpty()) {
			demands.mark(familyId, demandId, kind, text.isEmpty() ? null : text, parent.accountId(),
					parent.displayName(), clock.instant());
			record(parent, AuditAction.UPDATE);
		}
		return errors;
	}

	private Demand openDemand(UUID familyId, UUID demandId) {
		return demands.find(familyId, demandId)
			.filter(Demand::open)
			.orElseThrow(() -> new NotFoundException("No open demand"));
	}

	/**
	 * An open demand of the family's own; a meeting's appointments change with the
	 * meeting.
	 */
	private Demand ownDemand(UUID familyId, UUID demandId) {
		Demand demand = openDemand(familyId, demandId);
		if (demand.linked()) {
			throw new NotFoundException("A meeting's appointment changes with its meeting");
		}
		return demand;
	}

	/**
	 * Someone else closed or changed it since this person looked: nothing is overwritten.
	 */
	private static void sameVersion(Demand demand, int version) {
		if (demand.version() != version) {
			throw new nl.naast.shared.ConcurrentEditException("Demand changed meanwhile");
		}
	}

	private List<Clashes.Clash> clashes(List<Demand> all) {
		return Clashes.find(appointments(all), rules.travelPerAppointment());
	}

	private static List<Appointment> appointments(List<Demand> all) {
		return new ArrayList<>(all.stream().flatMap(d -> d.appointment().stream()).toList());
	}

	private void record(FamilyGrant grant, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), "family.demands.demand", action,
				AuditOutcome.ALLOWED, null));
	}

	private LocalDate today() {
		return nl.naast.shared.DisplayTime.today(clock);
	}

}
