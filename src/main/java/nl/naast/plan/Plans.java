package nl.naast.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
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
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;

/**
 * The family's plan. The family leads: parents (and young people, for their own goals)
 * write goals in their own words; a goal a professional writes on the family's behalf
 * counts once a parent agrees; partners propose steps that the family accepts or
 * declines. Nothing fails: goals and steps are adjusted, with a reason, and the path is
 * kept.
 */
@Service
public class Plans {

	private final PlanRepository plans;

	private final FamilyAccess access;

	private final FamilyFiles files;

	private final FamilyDirectory directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Plans(PlanRepository plans, FamilyAccess access, FamilyFiles files, FamilyDirectory directory, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.files = files;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PlanView plan(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.PLAN, AuditAction.VIEW, "family.plan");
		return view(grant);
	}

	/**
	 * The text of the family's end goal, for the top of the overview; only when this
	 * person may see the plan. A goal a professional wrote counts as the family's end
	 * goal once a parent agreed.
	 */
	@Transactional(readOnly = true)
	public Optional<String> endGoal(UUID familyId) {
		if (!access.may(familyId, FilePart.PLAN, AuditAction.VIEW)) {
			return Optional.empty();
		}
		return plans.agreedEndGoal(familyId);
	}

	/**
	 * A goal a new step can go under, for other pages that make steps (a meeting's
	 * agreements).
	 */
	public record GoalChoice(UUID id, String text, Horizon horizon) {
	}

	/**
	 * The goals this person may add a step to, or none when they may not add steps at
	 * all.
	 */
	@Transactional
	public List<GoalChoice> goalsForNewSteps(UUID familyId) {
		if (!access.may(familyId, FilePart.PLAN, AuditAction.CREATE)) {
			return List.of();
		}
		FamilyGrant grant = access.require(familyId, FilePart.PLAN, AuditAction.LIST, "family.plan.goal");
		return plans.goals(familyId)
			.stream()
			.filter(g -> grant.relationship() != RelationshipKind.YOUTH
					|| g.authorAccountId().equals(grant.accountId()))
			.map(g -> new GoalChoice(g.id(), g.text(), g.horizon()))
			.toList();
	}

	private PlanView view(FamilyGrant grant) {
		UUID familyId = grant.familyId();
		LocalDate today = today();
		List<Goal> goals = plans.goals(familyId)
			.stream()
			.filter(g -> grant.relationship() != RelationshipKind.YOUTH || g.horizon() == Horizon.END_GOAL
					|| g.authorAccountId().equals(grant.accountId()))
			.toList();
		Map<UUID, List<PlanChange>> history = plans.history(familyId)
			.stream()
			.collect(Collectors.groupingBy(PlanChange::goalId, LinkedHashMap::new, Collectors.toList()));
		Goal endGoal = goals.stream().filter(g -> g.horizon() == Horizon.END_GOAL).findFirst().orElse(null);
		List<Goal> tomorrow = goals.stream().filter(g -> g.horizon() == Horizon.TOMORROW).toList();
		List<Goal> halfYear = goals.stream().filter(g -> g.horizon() == Horizon.HALF_YEAR).toList();
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		List<PlanView.StepWithGoal> all = goals.stream()
			.flatMap(g -> g.steps().stream().map(s -> new PlanView.StepWithGoal(s, g)))
			.toList();
		List<PlanView.StepWithGoal> thisWeek = all.stream()
			.filter(s -> s.step().counts() && s.step().dueOn() != null && s.step().status() != Progress.REACHED)
			.filter(s -> !s.step().dueOn().isBefore(monday) && s.step().dueOn().isBefore(monday.plusDays(7)))
			.sorted(Comparator.comparing(s -> s.step().dueOn()))
			.toList();
		Map<String, List<PlanView.StepWithGoal>> whoDoesWhat = all.stream()
			.filter(s -> s.step().counts() && s.step().status() != Progress.REACHED)
			.collect(Collectors.groupingBy(s -> s.step().whoName(), LinkedHashMap::new, Collectors.toList()));
		List<Goal> pictured = Stream
			.concat(Stream.ofNullable(endGoal), Stream.concat(tomorrow.stream(), halfYear.stream()))
			.toList();
		return new PlanView(familyId, directory.name(familyId), grant.relationship(), grant.accountId(), endGoal,
				tomorrow, halfYear, thisWeek, whoDoesWhat, history, whoOptions(grant),
				ProgressPicture.draw(pictured, history, today, "progress-caption"), today,
				access.retentionUntil(familyId).isPresent());
	}

	/**
	 * A goal in the writer's own words. A professional's goal waits for a parent's
	 * agreement.
	 */
	@Transactional
	public FormErrors addGoal(UUID familyId, GoalForm form) {
		return addGoalFor(familyId, form).errors();
	}

	/** A goal that was added, or what to fix. */
	public record GoalAdded(FormErrors errors, UUID goalId) {
	}

	/**
	 * Like {@link #addGoal}, telling which goal was made (a new possibility links to it).
	 */
	@Transactional
	public GoalAdded addGoalFor(UUID familyId, GoalForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.CREATE, "family.plan.goal");
		FormErrors errors = form.validate(false);
		Optional<Horizon> horizon = form.chosenHorizon();
		if (horizon.isPresent() && horizon.get() == Horizon.END_GOAL) {
			if (grant.relationship() == RelationshipKind.YOUTH
					|| grant.relationship() == RelationshipKind.TEAM_MEMBER) {
				errors.add("horizon", "plan.validation.endGoalByFamily");
			}
			else if (plans.goals(familyId).stream().anyMatch(g -> g.horizon() == Horizon.END_GOAL)) {
				errors.add("horizon", "plan.validation.oneEndGoal");
			}
		}
		if (grant.relationship() == RelationshipKind.TEAM_MEMBER) {
			errors.add("text", "plan.validation.membersProposeSteps");
		}
		if (!errors.isEmpty()) {
			return new GoalAdded(errors, null);
		}
		Instant now = clock.instant();
		boolean family = grant.relationship() == RelationshipKind.PARENT
				|| grant.relationship() == RelationshipKind.YOUTH;
		Goal goal = new Goal(Ids.next(), horizon.get(), form.text().strip(), Progress.OPEN, grant.accountId(),
				grant.displayName(), grant.relationship(), family ? now : null, family ? grant.displayName() : null, 0,
				now, List.of());
		plans.insertGoal(familyId, goal, grant.accountId(), now);
		record(grant, "family.plan.goal", AuditAction.CREATE);
		events.publishEvent(new PlanEvents.GoalSet(familyId, goal.id(), goal.horizon()));
		return new GoalAdded(errors, goal.id());
	}

	/** A parent agrees that a goal a professional wrote is the family's goal. */
	@Transactional
	public void agree(UUID familyId, UUID goalId, int version) {
		FamilyGrant parent = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.goal");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only a parent agrees to a goal for the family");
		}
		plans.goal(familyId, goalId).orElseThrow(() -> new NotFoundException("No goal"));
		plans.agreeGoal(familyId, goalId, version, parent.displayName(), parent.accountId(), clock.instant());
		record(parent, "family.plan.goal", AuditAction.UPDATE);
	}

	/**
	 * Adjusts a goal's words or horizon, with a reason; the old words stay in the
	 * history.
	 */
	@Transactional
	public FormErrors adjust(UUID familyId, UUID goalId, GoalForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.goal");
		Goal goal = changeable(grant, goalId);
		FormErrors errors = form.validate(true);
		if (form.chosenHorizon().isPresent() && form.chosenHorizon().get() != goal.horizon()
				&& (form.chosenHorizon().get() == Horizon.END_GOAL || goal.horizon() == Horizon.END_GOAL)) {
			errors.add("horizon", "plan.validation.endGoalStays");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		Instant now = clock.instant();
		plans.updateGoal(familyId, goalId, form.versionNumber(), form.chosenHorizon().get(), form.text().strip(),
				Progress.ADJUSTED, grant.accountId(), now);
		plans.recordChange(familyId, new PlanChange(goalId, null, now, grant.displayName(), goal.text(),
				form.text().strip(), goal.status(), Progress.ADJUSTED, form.reason().strip()), grant.accountId());
		record(grant, "family.plan.goal", AuditAction.UPDATE);
		events.publishEvent(new PlanEvents.GoalAdjusted(familyId, goalId, form.reason().strip()));
		return errors;
	}

	/** Marks a goal open, in progress or reached. */
	@Transactional
	public void setStatus(UUID familyId, UUID goalId, Progress status, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.goal");
		Goal goal = changeable(grant, goalId);
		if (status == Progress.ADJUSTED || status == goal.status()) {
			return;
		}
		Instant now = clock.instant();
		plans.updateGoal(familyId, goalId, version, goal.horizon(), goal.text(), status, grant.accountId(), now);
		plans.recordChange(familyId,
				new PlanChange(goalId, null, now, grant.displayName(), null, null, goal.status(), status, null),
				grant.accountId());
		record(grant, "family.plan.goal", AuditAction.UPDATE);
		if (status == Progress.REACHED) {
			events.publishEvent(new PlanEvents.GoalReached(familyId, goalId));
		}
	}

	/**
	 * Adds a step to a goal. A team member's step is a proposal for their own
	 * organisation: it counts once the family accepts it.
	 */
	@Transactional
	public FormErrors addStep(UUID familyId, UUID goalId, StepForm form) {
		return addStepFor(familyId, goalId, form).errors();
	}

	/** A step that was added, or what to fix. */
	public record StepAdded(FormErrors errors, UUID stepId) {
	}

	/** Like {@link #addStep}, telling which step was made (an agreement links to it). */
	@Transactional
	public StepAdded addStepFor(UUID familyId, UUID goalId, StepForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.CREATE, "family.plan.step");
		Goal goal = plans.goal(familyId, goalId).orElseThrow(() -> new NotFoundException("No goal"));
		boolean proposal = grant.relationship() == RelationshipKind.TEAM_MEMBER;
		if (!proposal) {
			changeable(grant, goalId);
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("plan.step." + field));
		if (form.what().isBlank()) {
			errors.add("what", "validation.required");
		}
		else if (form.what().strip().length() > StepForm.MAX) {
			errors.add("what", "validation.tooLong", StepForm.MAX);
		}
		Optional<WhoOption> who = proposal ? Optional.of(WhoOption.team(grant.accountId(), grant.displayName()))
				: whoOptions(grant).stream().filter(o -> o.value().equals(form.who())).findFirst();
		if (who.isEmpty()) {
			errors.add("who", form.who().isBlank() ? "validation.choose" : "plan.validation.notInTeam");
		}
		Optional<LocalDate> due = DateInput.todayOrLater(errors, "dueOn", form.dueOn(), false, today());
		if (form.needs().strip().length() > StepForm.MAX) {
			errors.add("needs", "validation.tooLong", StepForm.MAX);
		}
		if (!errors.isEmpty()) {
			return new StepAdded(errors, null);
		}
		Instant now = clock.instant();
		Step step = new Step(Ids.next(), goal.id(), form.what().strip(), who.get().family(), who.get().id(),
				who.get().name(), due.orElse(null), form.needs().isBlank() ? null : form.needs().strip(), Progress.OPEN,
				proposal ? "PROPOSED" : null, proposal ? proposer(grant) : null, 0, 0);
		plans.insertStep(familyId, step, grant.accountId(), now);
		plans.recordChange(familyId, new PlanChange(goalId, step.id(), now, grant.displayName(), null, step.what(),
				null, Progress.OPEN, proposal ? "proposal" : null), grant.accountId());
		record(grant, "family.plan.step", AuditAction.CREATE);
		if (!proposal) {
			events.publishEvent(new PlanEvents.StepAssigned(familyId, goalId, step.id(), step.whoId()));
		}
		return new StepAdded(errors, step.id());
	}

	/** A parent accepts or declines a partner's proposed step. */
	@Transactional
	public void decideProposal(UUID familyId, UUID stepId, boolean accept, int version) {
		FamilyGrant parent = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.step");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only a parent decides on a proposal");
		}
		Step step = step(familyId, stepId).filter(Step::proposed)
			.orElseThrow(() -> new NotFoundException("No open proposal"));
		Instant now = clock.instant();
		plans.updateStep(familyId, stepId, version, step.status(), accept ? "ACCEPTED" : "DECLINED", parent.accountId(),
				now);
		plans.recordChange(familyId, new PlanChange(step.goalId(), stepId, now, parent.displayName(), null, step.what(),
				step.status(), step.status(), accept ? "accepted" : "declined"), parent.accountId());
		record(parent, "family.plan.step", AuditAction.UPDATE);
		if (accept) {
			events.publishEvent(new PlanEvents.StepAssigned(familyId, step.goalId(), stepId, step.whoId()));
		}
	}

	/** Marks a step open, in progress or done, or adjusted (with a reason). */
	@Transactional
	public FormErrors setStepStatus(UUID familyId, UUID stepId, Progress status, String reason, int version) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.step");
		Step step = step(familyId, stepId).filter(Step::counts).orElseThrow(() -> new NotFoundException("No step"));
		changeable(grant, step.goalId());
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("plan.step." + field));
		String why = reason == null ? "" : reason.strip();
		if (status == Progress.ADJUSTED && why.isEmpty()) {
			errors.add("reason", "plan.validation.reason");
		}
		if (why.length() > GoalForm.TEXT_MAX) {
			errors.add("reason", "validation.tooLong", GoalForm.TEXT_MAX);
		}
		if (!errors.isEmpty() || status == step.status()) {
			return errors;
		}
		Instant now = clock.instant();
		plans.updateStep(familyId, stepId, version, status, step.proposal(), grant.accountId(), now);
		plans.recordChange(familyId, new PlanChange(step.goalId(), stepId, now, grant.displayName(), null, step.what(),
				step.status(), status, why.isEmpty() ? null : why), grant.accountId());
		record(grant, "family.plan.step", AuditAction.UPDATE);
		if (status == Progress.REACHED) {
			events.publishEvent(new PlanEvents.StepDone(familyId, step.goalId(), stepId));
		}
		return errors;
	}

	/** Moves a step one place up or down within its goal. */
	@Transactional
	public void move(UUID familyId, UUID stepId, boolean up) {
		FamilyGrant grant = access.authorise(familyId, FilePart.PLAN, AuditAction.UPDATE, "family.plan.step");
		Step step = step(familyId, stepId).orElseThrow(() -> new NotFoundException("No step"));
		Goal goal = changeable(grant, step.goalId());
		List<Step> steps = new ArrayList<>(goal.steps());
		int index = steps.indexOf(step);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= steps.size()) {
			return;
		}
		plans.swap(familyId, step, steps.get(other), grant.accountId(), clock.instant());
		record(grant, "family.plan.step", AuditAction.UPDATE);
	}

	private Optional<Step> step(UUID familyId, UUID stepId) {
		return plans.goals(familyId)
			.stream()
			.flatMap(g -> g.steps().stream())
			.filter(s -> s.id().equals(stepId))
			.findFirst();
	}

	/**
	 * The goal, when this person may change it: parents and coordinator any, a young
	 * person their own.
	 */
	private Goal changeable(FamilyGrant grant, UUID goalId) {
		Goal goal = plans.goal(grant.familyId(), goalId).orElseThrow(() -> new NotFoundException("No goal"));
		boolean shaper = grant.relationship() == RelationshipKind.PARENT
				|| grant.relationship() == RelationshipKind.COORDINATOR;
		boolean own = grant.relationship() == RelationshipKind.YOUTH
				&& goal.authorAccountId().equals(grant.accountId());
		if (!shaper && !own) {
			throw new NotFoundException("Not allowed to change this goal");
		}
		return goal;
	}

	private List<WhoOption> whoOptions(FamilyGrant grant) {
		List<WhoOption> options = new ArrayList<>();
		files.memberNames(grant).forEach(m -> options.add(WhoOption.family(m.id(), m.name())));
		access.relatedPeople(grant)
			.stream()
			.filter(p -> p.kind() == RelationshipKind.COORDINATOR || p.kind() == RelationshipKind.TEAM_MEMBER)
			.forEach(p -> options.add(WhoOption.team(p.accountId(),
					p.organisation() == null ? p.name() : p.name() + " (" + p.organisation() + ")")));
		return options;
	}

	private static String proposer(FamilyGrant grant) {
		return grant.organisation() == null ? grant.displayName()
				: grant.displayName() + " (" + grant.organisation() + ")";
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

	private LocalDate today() {
		return nl.naast.shared.DisplayTime.today(clock);
	}

}
