package nl.naast.plan;

import java.util.UUID;

/**
 * What happens in a family's plan, for the modules that listen (journey, notifications,
 * reporting).
 */
public final class PlanEvents {

	private PlanEvents() {
	}

	public record GoalSet(UUID familyId, UUID goalId, Horizon horizon) {
	}

	public record GoalAdjusted(UUID familyId, UUID goalId, String reason) {
	}

	public record GoalReached(UUID familyId, UUID goalId) {
	}

	public record StepAssigned(UUID familyId, UUID goalId, UUID stepId, UUID whoId) {
	}

	public record StepDone(UUID familyId, UUID goalId, UUID stepId) {
	}

}
