package nl.naast.journey;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.naast.plan.PlanEvents;

/**
 * Keeps the goals reached and adjusted for the journey picture, in the same transaction
 * as the plan's change, so the picture never misses one.
 */
@Component
class MilestonesFromThePlan {

	private final JourneyRepository journey;

	private final Clock clock;

	MilestonesFromThePlan(JourneyRepository journey, Clock clock) {
		this.journey = journey;
		this.clock = clock;
	}

	@EventListener
	void on(PlanEvents.GoalReached reached) {
		journey.milestone(reached.familyId(), "GOAL_REACHED", reached.goalId(), clock.instant());
	}

	@EventListener
	void on(PlanEvents.GoalAdjusted adjusted) {
		journey.milestone(adjusted.familyId(), "GOAL_ADJUSTED", adjusted.goalId(), clock.instant());
	}

}
