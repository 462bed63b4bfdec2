package nl.naast.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.naast.family.OverviewContribution;

/** The family's end goal at the top of its overview and of the parent's home page. */
@Component
class EndGoalOnOverview implements OverviewContribution {

	private final Plans plans;

	EndGoalOnOverview(Plans plans) {
		this.plans = plans;
	}

	@Override
	public List<OverviewItem> forFamily(UUID familyId) {
		return plans.endGoal(familyId)
			.map(text -> new OverviewItem("plan.endGoal", text, "/families/" + familyId + "/plan", "highlight.more"))
			.stream()
			.toList();
	}

}
