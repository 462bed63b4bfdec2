package nl.naast.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/**
 * The plan as one person may see it.
 *
 * @param endGoal the shared end goal, or null while there is none
 * @param thisWeek steps due this week, with their goal
 * @param history per goal, every change in order: the path the goal took
 */
public record PlanView(UUID familyId, String familyName, RelationshipKind viewer, UUID viewerAccountId, Goal endGoal,
		List<Goal> tomorrow, List<Goal> halfYear, List<StepWithGoal> thisWeek,
		Map<String, List<StepWithGoal>> whoDoesWhat, Map<UUID, List<PlanChange>> history, List<WhoOption> whoOptions,
		String progressSvg, LocalDate today, boolean closed) {

	public record StepWithGoal(Step step, Goal goal) {
	}

	public boolean family() {
		return viewer == RelationshipKind.PARENT || viewer == RelationshipKind.YOUTH;
	}

	public boolean parent() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean youth() {
		return viewer == RelationshipKind.YOUTH;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	/**
	 * Parents and the coordinator shape the whole plan (the coordinator only while the
	 * team works).
	 */
	public boolean shapesPlan() {
		return parent() || (viewer == RelationshipKind.COORDINATOR && !closed);
	}

	/**
	 * Whether this person may change this goal: the plan's shapers, or a young person
	 * their own goal.
	 */
	public boolean mayChange(Goal goal) {
		return shapesPlan() || (youth() && goal.authorAccountId().equals(viewerAccountId));
	}

	public List<PlanChange> historyOf(UUID goalId) {
		return history.getOrDefault(goalId, List.of());
	}

	public boolean hasGoals() {
		return endGoal != null || !tomorrow.isEmpty() || !halfYear.isEmpty();
	}

}
