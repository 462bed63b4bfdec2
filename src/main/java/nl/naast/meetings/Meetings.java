package nl.naast.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.Ics;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.demands.DemandForm;
import nl.naast.demands.Demands;
import nl.naast.demands.MeetingAppointments;
import nl.naast.family.FamilyDirectory;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyMemberName;
import nl.naast.meetings.Forms.AgreementForm;
import nl.naast.meetings.Forms.GuidanceForm;
import nl.naast.meetings.Forms.OwnAccountForm;
import nl.naast.meetings.Forms.PreparationForm;
import nl.naast.meetings.Forms.SummaryForm;
import nl.naast.plan.Plans;
import nl.naast.plan.StepForm;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Standing beside parents at meetings with institutions: planning them, preparing them
 * together, going along, and translating afterwards what was said. The parent's own
 * account always stands beside the summary, and the steam-off note stays between the
 * parents and the coordinator.
 */
@Service
public class Meetings {

	static final ZoneId ZONE = DisplayTime.ZONE;

	static final int TEXT_MAX = 2000;

	static final int SUMMARY_MAX = 4000;

	private final MeetingRepository meetings;

	private final FamilyAccess access;

	private final FamilyFiles files;

	private final FamilyDirectory directory;

	private final AuditLog audit;

	private final MeetingAppointments appointments;

	private final Plans plans;

	private final Demands demands;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Meetings(MeetingRepository meetings, FamilyAccess access, FamilyFiles files, FamilyDirectory directory,
			AuditLog audit, MeetingAppointments appointments, Plans plans, Demands demands,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.files = files;
		this.directory = directory;
		this.audit = audit;
		this.appointments = appointments;
		this.plans = plans;
		this.demands = demands;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public MeetingsView list(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.MEETINGS, AuditAction.VIEW, "family.meetings");
		LocalDate today = today();
		List<Meeting> all = meetings.ofFamily(familyId);
		List<Meeting> upcoming = all.stream().filter(m -> !m.cancelled() && !m.meetsOn().isBefore(today)).toList();
		List<Meeting> past = all.stream()
			.filter(m -> !m.cancelled() && m.meetsOn().isBefore(today))
			.sorted(Comparator.comparing(Meeting::meetsOn).reversed())
			.toList();
		List<Meeting> cancelled = all.stream().filter(Meeting::cancelled).toList();
		return new MeetingsView(familyId, directory.name(familyId), grant.relationship(), upcoming, past, cancelled,
				files.memberNames(grant), companions(grant), closed(familyId), today);
	}

	/**
	 * The outcome of planning or changing a meeting: what to fix, or whether its
	 * appointment clashes with another.
	 */
	public record Planned(FormErrors errors, UUID meetingId, boolean clashes, boolean recordedAfter) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	/** The coordinator or a parent plans a meeting, or records one after the fact. */
	@Transactional
	public Planned plan(UUID familyId, MeetingForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.CREATE,
				"family.meetings.meeting");
		planner(grant);
		FormErrors errors = errors();
		Optional<Meeting> meeting = fromForm(grant, Ids.next(), form, errors, 0);
		if (meeting.isEmpty()) {
			return new Planned(errors, null, false, false);
		}
		Instant now = clock.instant();
		meetings.insert(meeting.get(), grant.accountId(), now);
		boolean clash = keepAppointments(meeting.get(), null);
		record(grant, "family.meetings.meeting", AuditAction.CREATE);
		events.publishEvent(new MeetingEvents.MeetingPlanned(familyId, meeting.get().id(), meeting.get().kind()));
		return new Planned(errors, meeting.get().id(), clash, meeting.get().recordedAfter());
	}

	/**
	 * Changes when, where or with whom; the appointments in what-is-asked move along.
	 * @throws ConcurrentEditException when someone else changed the meeting first
	 */
	@Transactional
	public Planned change(UUID familyId, UUID meetingId, MeetingForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.meeting");
		planner(grant);
		Meeting old = meeting(familyId, meetingId).filter(m -> !m.cancelled())
			.orElseThrow(() -> new NotFoundException("No meeting"));
		if (old.version() != form.versionNumber()) {
			throw new ConcurrentEditException("Meeting changed meanwhile");
		}
		FormErrors errors = errors();
		Optional<Meeting> typed = fromForm(grant, old.id(), form, errors, old.version());
		if (typed.isEmpty()) {
			return new Planned(errors, meetingId, false, false);
		}
		// how the meeting was entered stays as it was: correcting the place the day after
		// does not make it "added afterwards"
		Meeting changed = typed.get().withRecordedAfter(old.recordedAfter());
		meetings.updateDetails(changed, old.version(), grant.accountId(), clock.instant());
		boolean clash = keepAppointments(changed, text("meetings.appointment.changed"));
		record(grant, "family.meetings.meeting", AuditAction.UPDATE);
		return new Planned(errors, meetingId, clash, changed.recordedAfter());
	}

	/**
	 * The meeting does not take place; its appointments are withdrawn with the reason.
	 */
	@Transactional
	public FormErrors cancel(UUID familyId, UUID meetingId, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.meeting");
		planner(grant);
		Meeting meeting = meeting(familyId, meetingId).filter(m -> !m.cancelled())
			.orElseThrow(() -> new NotFoundException("No meeting"));
		FormErrors errors = errors();
		String why = TextInput.clean(reason);
		if (why == null) {
			errors.add("reason", "meetings.validation.cancelReason");
		}
		TextInput.check(errors, "reason", why, false, 1000);
		if (!errors.isEmpty()) {
			return errors;
		}
		meetings.cancel(familyId, meetingId, why, version, grant.accountId(), clock.instant());
		appointments.keep(familyId, new MeetingAppointments.Schedule(meetingId, meeting.organisation(),
				meeting.people(), appointmentText(meeting), null, null, meeting.place(), Set.of()), why);
		record(grant, "family.meetings.meeting", AuditAction.UPDATE);
		return errors;
	}

	@Transactional
	public MeetingView view(UUID familyId, UUID meetingId) {
		return view(familyId, meetingId, true);
	}

	/** The meeting for its printable preparation: the steam-off notes are not read. */
	@Transactional
	public MeetingView preparation(UUID familyId, UUID meetingId) {
		return view(familyId, meetingId, false);
	}

	private MeetingView view(UUID familyId, UUID meetingId, boolean withPrivateNotes) {
		FamilyGrant grant = access.require(familyId, FilePart.MEETINGS, AuditAction.VIEW, "family.meetings.meeting");
		Meeting meeting = meeting(familyId, meetingId).orElseThrow(() -> new NotFoundException("No meeting"));
		List<PrivateNote> notes = null;
		if (withPrivateNotes && privateRoom(grant)) {
			notes = meetings.privateNotes(familyId, meetingId);
			record(grant, "family.meetings.private-note", AuditAction.VIEW);
		}
		boolean mayReadFeedback = grant.relationship() != RelationshipKind.PARENT
				&& access.may(familyId, FilePart.FEEDBACK, AuditAction.VIEW);
		List<Feedback> feedback = meetings.feedback(familyId, meetingId);
		if (mayReadFeedback && !feedback.isEmpty()) {
			record(grant, "family.meetings.feedback", AuditAction.VIEW);
		}
		Feedback mine = feedback.stream().filter(f -> f.byId().equals(grant.accountId())).findFirst().orElse(null);
		boolean writer = grant.isCoordinator() || meeting.accompaniedBy(grant.accountId());
		return new MeetingView(familyId, directory.name(familyId), grant.relationship(), grant.accountId(), meeting,
				meeting.begun(clock.instant(), today()), closed(familyId), today(),
				meetings.agreements(familyId, meetingId), meetings.ownAccounts(familyId, meetingId),
				meetings.corrections(familyId, meetingId), notes, mine, mayReadFeedback ? feedback : List.of(),
				mayReadFeedback, owners(grant), writer ? plans.goalsForNewSteps(familyId) : List.of(),
				writer && access.may(familyId, FilePart.DEMANDS, AuditAction.CREATE), files.memberNames(grant),
				companions(grant));
	}

	/** The parent writes what they want to say, ask, and need, before the meeting. */
	@Transactional
	public FormErrors prepare(UUID familyId, UUID meetingId, PreparationForm form, int version) {
		FamilyGrant parent = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.preparation");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("The parents prepare");
		}
		if (openMeeting(familyId, meetingId).begun(clock.instant(), today())) {
			throw new NotFoundException("Preparing is for before the meeting");
		}
		FormErrors errors = errors();
		TextInput.check(errors, "say", form.say(), false, TEXT_MAX);
		TextInput.check(errors, "ask", form.ask(), false, TEXT_MAX);
		TextInput.check(errors, "worries", form.worries(), false, TEXT_MAX);
		TextInput.check(errors, "wish", form.wish(), false, TEXT_MAX);
		TextInput.check(errors, "safe", form.safe(), false, TEXT_MAX);
		if (errors.isEmpty()) {
			meetings.savePreparation(familyId, meetingId,
					new Meeting.Preparation(TextInput.clean(form.say()), TextInput.clean(form.ask()),
							TextInput.clean(form.worries()), TextInput.clean(form.wish()), TextInput.clean(form.safe()),
							parent.displayName(), null, version),
					version, parent.accountId(), clock.instant());
			record(parent, "family.meetings.preparation", AuditAction.UPDATE);
		}
		return errors;
	}

	/** The coordinator (or whoever goes along) says what to expect, and what to bring. */
	@Transactional
	public FormErrors guide(UUID familyId, UUID meetingId, GuidanceForm form, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.preparation");
		Meeting meeting = openMeeting(familyId, meetingId);
		writer(grant, meeting);
		if (meeting.begun(clock.instant(), today())) {
			throw new NotFoundException("What to expect is written before the meeting");
		}
		FormErrors errors = errors();
		TextInput.check(errors, "expect", form.expect(), false, TEXT_MAX);
		TextInput.check(errors, "bring", form.bring(), false, TEXT_MAX);
		if (errors.isEmpty()) {
			meetings.saveGuidance(
					familyId, meetingId, new Meeting.Guidance(TextInput.clean(form.expect()),
							TextInput.clean(form.bring()), grant.displayName(), version),
					version, grant.accountId(), clock.instant());
			record(grant, "family.meetings.preparation", AuditAction.UPDATE);
		}
		return errors;
	}

	/**
	 * Saves the plain summary; when {@code makeFinal}, only with what was said and what
	 * happens next (or "nothing agreed"). A final summary is read by everyone who may see
	 * meetings, and then it stays as it is: corrections stand beside it.
	 */
	@Transactional
	public FormErrors summarise(UUID familyId, UUID meetingId, SummaryForm form, boolean makeFinal, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.summary");
		Meeting meeting = openMeeting(familyId, meetingId);
		writer(grant, meeting);
		if (!meeting.begun(clock.instant(), today()) || meeting.summary().isFinal()) {
			throw new NotFoundException("No summary to write now");
		}
		FormErrors errors = errors();
		TextInput.check(errors, "said", form.said(), makeFinal, SUMMARY_MAX);
		TextInput.check(errors, "decided", form.decided(), false, SUMMARY_MAX);
		TextInput.check(errors, "means", form.means(), false, SUMMARY_MAX);
		TextInput.check(errors, "next", form.next(), false, SUMMARY_MAX);
		boolean hasNext = TextInput.clean(form.next()) != null;
		if (makeFinal && !hasNext && !form.isNothingAgreed()) {
			errors.add("next", "meetings.validation.nextOrNothing");
		}
		if (hasNext && form.isNothingAgreed()) {
			errors.add("nothingAgreed", "meetings.validation.nothingButNext");
		}
		if (!makeFinal && TextInput.clean(form.said()) == null && TextInput.clean(form.decided()) == null
				&& TextInput.clean(form.means()) == null && !hasNext) {
			errors.add("said", "meetings.validation.summaryEmpty");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		meetings.saveSummary(familyId, meetingId,
				new Meeting.Summary(TextInput.clean(form.said()), TextInput.clean(form.decided()),
						TextInput.clean(form.means()), TextInput.clean(form.next()), form.isNothingAgreed(),
						grant.displayName(), makeFinal ? now : null, version),
				version, grant.accountId(), now);
		record(grant, "family.meetings.summary", AuditAction.UPDATE);
		if (makeFinal) {
			events.publishEvent(new MeetingEvents.SummaryFinalised(familyId, meetingId));
		}
		return errors;
	}

	/** Records an agreement made at the meeting, with who does it and by when. */
	@Transactional
	public FormErrors agree(UUID familyId, UUID meetingId, AgreementForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.CREATE,
				"family.meetings.agreement");
		Meeting meeting = openMeeting(familyId, meetingId);
		writer(grant, meeting);
		if (!meeting.begun(clock.instant(), today())) {
			throw new NotFoundException("Agreements come after the meeting");
		}
		FormErrors errors = errors();
		TextInput.check(errors, "what", form.what(), true, StepForm.MAX);
		Optional<OwnerOption> owner = owners(grant).stream().filter(o -> o.value().equals(form.owner())).findFirst();
		if (owner.isEmpty()) {
			errors.add("owner", "validation.choose");
		}
		Optional<LocalDate> due = DateInput.todayOrLater(errors, "dueOn", form.dueOn(), false, today());
		if (!errors.isEmpty()) {
			return errors;
		}
		meetings.insertAgreement(familyId,
				new Agreement(Ids.next(), meetingId, form.what().strip(), owner.get().value(), owner.get().name(),
						owner.get().family(), due.orElse(null), null, null, grant.displayName(), clock.instant(), 0));
		record(grant, "family.meetings.agreement", AuditAction.CREATE);
		return errors;
	}

	/**
	 * Turns an agreement into a step under a goal of the plan, in one go. A team member's
	 * step is a proposal the family decides on, as always.
	 */
	@Transactional
	public FormErrors turnIntoStep(UUID familyId, UUID meetingId, UUID agreementId, String goalId, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.agreement");
		Agreement agreement = openAgreement(grant, meetingId, agreementId, version);
		FormErrors errors = errors();
		// a team member's step is a proposal for themselves: they turn only their own
		// agreements into steps, so that nobody's agreement silently changes hands
		if (grant.relationship() == RelationshipKind.TEAM_MEMBER && !agreement.ownerId().equals(grant.accountId())) {
			errors.add("goal", "meetings.validation.stepForOwner");
			return errors;
		}
		Optional<UUID> goal = Ids.parse(goalId)
			.filter(id -> plans.goalsForNewSteps(familyId).stream().anyMatch(g -> g.id().equals(id)));
		if (goal.isEmpty()) {
			errors.add("goal", "validation.choose");
			return errors;
		}
		// a date that has passed since the meeting is left off: the step is still to do
		boolean dated = agreement.dueOn() != null && !agreement.dueOn().isBefore(today());
		Plans.StepAdded added = plans.addStepFor(familyId, goal.get(),
				new StepForm(agreement.what(), agreement.ownerValue(), dated ? agreement.dueOn().toString() : "", ""));
		if (!added.errors().isEmpty()) {
			errors.add("goal", "meetings.validation.stepRefused");
			return errors;
		}
		meetings.linkAgreement(familyId, agreementId, added.stepId(), null, version);
		record(grant, "family.meetings.agreement", AuditAction.UPDATE);
		return errors;
	}

	/**
	 * Turns an agreement for a family member into a demand of the meeting's organisation,
	 * so that it counts in what is asked of the family.
	 */
	@Transactional
	public FormErrors turnIntoDemand(UUID familyId, UUID meetingId, UUID agreementId, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.UPDATE,
				"family.meetings.agreement");
		Agreement agreement = openAgreement(grant, meetingId, agreementId, version);
		Meeting meeting = openMeeting(familyId, meetingId);
		FormErrors errors = errors();
		if (!agreement.ownerFamily()) {
			errors.add("owner", "meetings.validation.demandForFamily");
			return errors;
		}
		boolean dated = agreement.dueOn() != null && !agreement.dueOn().isBefore(today());
		Demands.Recorded recorded = demands.record(familyId,
				new DemandForm(meeting.organisation(), meeting.people(), agreement.ownerId().toString(),
						agreement.what(),
						text("meetings.agreement.why", kindText(meeting.kind()),
								java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy").format(meeting.meetsOn())),
						"", dated ? "TASK" : "EXPECTATION", "", "", "", "", "", "",
						dated ? agreement.dueOn().toString() : "", "", "", "", "", "", ""));
		if (!recorded.ok()) {
			errors.add("owner", "meetings.validation.demandRefused");
			return errors;
		}
		meetings.linkAgreement(familyId, agreementId, null, recorded.id(), version);
		record(grant, "family.meetings.agreement", AuditAction.UPDATE);
		return errors;
	}

	/** A parent writes how the meeting was for them, beside the summary. */
	@Transactional
	public FormErrors writeOwnAccount(UUID familyId, UUID meetingId, OwnAccountForm form, int version) {
		FamilyGrant parent = parentAfter(familyId, meetingId, AuditAction.UPDATE, "family.meetings.own-account");
		FormErrors errors = errors();
		TextInput.check(errors, "howItWas", form.howItWas(), false, SUMMARY_MAX);
		TextInput.check(errors, "whatHeard", form.whatHeard(), false, SUMMARY_MAX);
		if (TextInput.clean(form.howItWas()) == null && TextInput.clean(form.whatHeard()) == null) {
			errors.add("howItWas", "meetings.validation.accountEmpty");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		boolean exists = meetings.ownAccounts(familyId, meetingId)
			.stream()
			.anyMatch(a -> a.authorId().equals(parent.accountId()));
		if (exists != version >= 0) {
			throw new ConcurrentEditException("Own account written meanwhile");
		}
		meetings.saveOwnAccount(
				familyId, new OwnAccount(meetingId, parent.accountId(), parent.displayName(),
						TextInput.clean(form.howItWas()), TextInput.clean(form.whatHeard()), clock.instant(), version),
				version);
		record(parent, "family.meetings.own-account", AuditAction.UPDATE);
		return errors;
	}

	/** A parent says "dit klopt niet" about one part of the final summary. */
	@Transactional
	public FormErrors correct(UUID familyId, UUID meetingId, String section, String correction) {
		FamilyGrant parent = access.authorise(familyId, FilePart.MEETINGS, AuditAction.CREATE,
				"family.meetings.correction");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("The parents correct the summary");
		}
		Meeting meeting = openMeeting(familyId, meetingId);
		if (!meeting.summary().isFinal()) {
			throw new NotFoundException("No final summary");
		}
		FormErrors errors = errors();
		Optional<SummarySection> part = java.util.Arrays.stream(SummarySection.values())
			.filter(s -> s.name().equals(section))
			.findFirst();
		if (part.isEmpty()) {
			throw new NotFoundException("No such part of the summary");
		}
		TextInput.check(errors, "correction", correction, true, TEXT_MAX);
		if (errors.isEmpty()) {
			meetings.insertCorrection(familyId, new Correction(Ids.next(), meetingId, part.get(), correction.strip(),
					parent.displayName(), clock.instant()), parent.accountId());
			record(parent, "family.meetings.correction", AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Steam off: a parent or the coordinator writes a note that no other team member ever
	 * reads, whatever the family consented to.
	 */
	@Transactional
	public FormErrors steamOff(UUID familyId, UUID meetingId, String words) {
		FamilyGrant grant = access.authorise(familyId, FilePart.MEETINGS, AuditAction.VIEW,
				"family.meetings.private-note");
		if (!privateRoom(grant) || !access.may(familyId, FilePart.MEETINGS, AuditAction.UPDATE)) {
			throw new NotFoundException("Between the parents and the coordinator only");
		}
		meeting(familyId, meetingId).orElseThrow(() -> new NotFoundException("No meeting"));
		FormErrors errors = errors();
		TextInput.check(errors, "words", words, true, SUMMARY_MAX);
		if (errors.isEmpty()) {
			meetings.insertPrivateNote(familyId, new PrivateNote(Ids.next(), meetingId, words.strip(),
					grant.displayName(), grant.relationship(), clock.instant()), grant.accountId());
			record(grant, "family.meetings.private-note", AuditAction.CREATE);
		}
		return errors;
	}

	/** A parent answers "did it help?" once per meeting. */
	@Transactional
	public FormErrors answer(UUID familyId, UUID meetingId, FeedbackForm form) {
		FamilyGrant parent = parentAfter(familyId, meetingId, AuditAction.CREATE, "family.meetings.feedback");
		Meeting meeting = openMeeting(familyId, meetingId);
		FormErrors errors = errors();
		int[] scores = form.check(errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		List<UUID> professionals = meeting.companions().stream().map(Meeting.Attendee::personId).toList();
		if (!meetings.insertFeedback(familyId, new Feedback(meetingId, parent.accountId(), parent.displayName(),
				scores[0], scores[1], scores[2], scores[3], TextInput.clean(form.comment()), clock.instant()),
				professionals)) {
			throw new ConcurrentEditException("Answered already");
		}
		record(parent, "family.meetings.feedback", AuditAction.CREATE);
		events.publishEvent(new MeetingEvents.FeedbackGiven(familyId, meetingId, professionals, scores[0], scores[1],
				scores[2], scores[3]));
		return errors;
	}

	/**
	 * For the top of the family overview and the parent's home page: the next meetings,
	 * and meetings a parent has not yet said whether they helped.
	 */
	public record Upcoming(List<Meeting> next, List<Meeting> toAnswer) {
	}

	@Transactional(readOnly = true)
	public Optional<Upcoming> upcoming(UUID familyId, UUID viewerId, boolean parent) {
		if (!access.may(familyId, FilePart.MEETINGS, AuditAction.VIEW)) {
			return Optional.empty();
		}
		LocalDate today = today();
		Instant now = clock.instant();
		List<Meeting> all = meetings.ofFamily(familyId).stream().filter(m -> !m.cancelled()).toList();
		List<Meeting> next = all.stream().filter(m -> !m.meetsOn().isBefore(today)).limit(3).toList();
		Set<UUID> answered = parent ? meetings.answeredBy(familyId, viewerId) : Set.of();
		List<Meeting> toAnswer = !parent ? List.of()
				: all.stream()
					.filter(m -> m.begun(now, today) && !m.meetsOn().isBefore(today.minusDays(30))
							&& !answered.contains(m.id()))
					.toList();
		return next.isEmpty() && toAnswer.isEmpty() ? Optional.empty() : Optional.of(new Upcoming(next, toAnswer));
	}

	/**
	 * The days the family had or has meetings (not called off), for the journey picture;
	 * none for whoever may not see meetings.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> days(UUID familyId) {
		if (!access.may(familyId, FilePart.MEETINGS, AuditAction.VIEW)) {
			return List.of();
		}
		return meetings.ofFamily(familyId).stream().filter(m -> !m.cancelled()).map(Meeting::meetsOn).toList();
	}

	/** A meeting in a coordinator's week, with the family's name. */
	public record WeekMeeting(Meeting meeting, String familyName) {
	}

	/**
	 * All meetings of the families this person works with, in the week of {@code day}
	 * (Monday to Sunday). Each family shown is recorded as listed.
	 */
	@Transactional
	public List<WeekMeeting> week(LocalDate day) {
		LocalDate monday = day.with(DayOfWeek.MONDAY);
		List<UUID> families = access.familiesOfCurrentUser();
		List<Meeting> found = meetings.between(families, monday, monday.plusDays(6))
			.stream()
			.filter(m -> !m.cancelled())
			.toList();
		Map<UUID, Boolean> allowed = new LinkedHashMap<>();
		found.forEach(
				m -> allowed.computeIfAbsent(m.familyId(), f -> access.may(f, FilePart.MEETINGS, AuditAction.LIST)));
		List<UUID> shown = allowed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
		access.recordListed(shown, "family.meetings");
		Map<UUID, String> names = new LinkedHashMap<>();
		shown.forEach(f -> names.put(f, directory.name(f)));
		return found.stream()
			.filter(m -> names.containsKey(m.familyId()))
			.map(m -> new WeekMeeting(m, names.get(m.familyId())))
			.toList();
	}

	/** One meeting as a calendar file, for whoever may see it. */
	@Transactional
	public String calendarFile(UUID familyId, UUID meetingId) {
		FamilyGrant grant = access.require(familyId, FilePart.MEETINGS, AuditAction.VIEW, "family.meetings.calendar");
		Meeting m = meeting(familyId, meetingId).orElseThrow(() -> new NotFoundException("No meeting"));
		String place = m.place() == null ? m.videoLink() : m.place();
		String description = (m.people() == null ? "" : m.people() + "\n")
				+ (m.videoLink() == null ? "" : m.videoLink());
		return Ics.calendar("Naast",
				List.of(new Ics.Event(m.id(), m.meetsOn(), m.startsAt(), m.endsAt(),
						kindText(m.kind()) + " — " + m.organisation(), place, description.strip(), m.cancelled())),
				clock.instant());
	}

	/** Meeting for this person: team members see a meeting only while they may. */
	private Optional<Meeting> meeting(UUID familyId, UUID meetingId) {
		return meetings.find(familyId, meetingId);
	}

	private Meeting openMeeting(UUID familyId, UUID meetingId) {
		return meeting(familyId, meetingId).filter(m -> !m.cancelled())
			.orElseThrow(() -> new NotFoundException("No meeting"));
	}

	private Agreement openAgreement(FamilyGrant grant, UUID meetingId, UUID agreementId, int version) {
		writer(grant, openMeeting(grant.familyId(), meetingId));
		Agreement agreement = meetings.agreements(grant.familyId(), meetingId)
			.stream()
			.filter(a -> a.id().equals(agreementId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No agreement"));
		if (agreement.version() != version || agreement.turned()) {
			throw new ConcurrentEditException("Agreement changed meanwhile");
		}
		return agreement;
	}

	/** A parent, after the meeting began. */
	private FamilyGrant parentAfter(UUID familyId, UUID meetingId, AuditAction action, String resource) {
		FamilyGrant parent = access.authorise(familyId, FilePart.MEETINGS, action, resource);
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only the parents");
		}
		Meeting meeting = openMeeting(familyId, meetingId);
		if (!meeting.begun(clock.instant(), today())) {
			throw new NotFoundException("Not yet");
		}
		return parent;
	}

	private static void planner(FamilyGrant grant) {
		if (grant.relationship() != RelationshipKind.COORDINATOR && grant.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("The coordinator and the parents plan meetings");
		}
	}

	/** The coordinator, or the team member who goes along. */
	private static void writer(FamilyGrant grant, Meeting meeting) {
		if (!grant.isCoordinator() && !(grant.relationship() == RelationshipKind.TEAM_MEMBER
				&& meeting.accompaniedBy(grant.accountId()))) {
			throw new NotFoundException("Only the coordinator or who goes along");
		}
	}

	/**
	 * The steam-off note is for the parents and the coordinator, never for anyone else.
	 */
	private static boolean privateRoom(FamilyGrant grant) {
		return grant.relationship() == RelationshipKind.PARENT || grant.relationship() == RelationshipKind.COORDINATOR;
	}

	private Optional<Meeting> fromForm(FamilyGrant grant, UUID id, MeetingForm form, FormErrors errors, int version) {
		Optional<MeetingForm.When> when = form.check(errors, today(), clock.instant(), ZONE);
		List<Meeting.Attendee> attendees = new ArrayList<>();
		Set<String> family = new HashSet<>(form.family());
		for (FamilyMemberName member : files.memberNames(grant)) {
			if (family.remove(member.id().toString())) {
				attendees.add(new Meeting.Attendee(member.id(), member.name(), false));
			}
		}
		Set<String> companions = new HashSet<>(form.companions());
		for (OwnerOption person : companions(grant)) {
			if (companions.remove(person.id().toString())) {
				attendees.add(new Meeting.Attendee(person.id(), person.name(), true));
			}
		}
		if (!family.isEmpty()) {
			errors.add("family", "meetings.validation.notInFamily");
		}
		if (!companions.isEmpty()) {
			errors.add("companions", "plan.validation.notInTeam");
		}
		if (!errors.isEmpty() || when.isEmpty()) {
			return Optional.empty();
		}
		MeetingForm.When w = when.get();
		return Optional.of(new Meeting(id, grant.familyId(), form.chosenKind().orElseThrow(),
				form.organisation().strip(), TextInput.clean(form.people()), w.day(), w.start(), w.end(),
				TextInput.clean(form.place()), TextInput.clean(form.videoLink()), w.recordedAfter(), null, version,
				null, null, null, attendees, grant.displayName()));
	}

	/**
	 * A meeting still to come, with a time, is an appointment for each family member who
	 * goes.
	 */
	private boolean keepAppointments(Meeting m, String reason) {
		boolean appointment = m.hasTime() && !m.recordedAfter();
		Set<UUID> going = new HashSet<>();
		m.family().forEach(a -> going.add(a.personId()));
		return appointments.keep(m.familyId(),
				new MeetingAppointments.Schedule(m.id(), m.organisation(), m.people(), appointmentText(m),
						appointment ? m.startsAt() : null, appointment ? m.endsAt() : null,
						m.place() != null ? m.place() : m.videoLink() != null ? text("meetings.video") : null, going),
				reason == null ? text("meetings.appointment.changed") : reason);
	}

	private String appointmentText(Meeting m) {
		return text("meetings.appointment", kindText(m.kind()));
	}

	private String kindText(MeetingKind kind) {
		return text("meetings.kind." + kind.name());
	}

	/** The people who can accompany the family or take on an agreement from the team. */
	private List<OwnerOption> companions(FamilyGrant grant) {
		return access.relatedPeople(grant)
			.stream()
			.filter(p -> p.kind() == RelationshipKind.COORDINATOR || p.kind() == RelationshipKind.TEAM_MEMBER)
			.map(p -> new OwnerOption("TEAM:" + p.accountId(), p.accountId(),
					p.organisation() == null ? p.name() : p.name() + " (" + p.organisation() + ")", false))
			.toList();
	}

	private List<OwnerOption> owners(FamilyGrant grant) {
		List<OwnerOption> owners = new ArrayList<>();
		files.memberNames(grant).forEach(m -> owners.add(new OwnerOption("FAMILY:" + m.id(), m.id(), m.name(), true)));
		owners.addAll(companions(grant));
		return owners;
	}

	private boolean closed(UUID familyId) {
		return access.retentionUntil(familyId).isPresent();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("meetings.field." + field));
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

	private LocalDate today() {
		return DisplayTime.today(clock);
	}

}
