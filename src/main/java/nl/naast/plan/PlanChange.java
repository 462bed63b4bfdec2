package nl.naast.plan;

import java.time.Instant;
import java.util.UUID;

/** One change in the plan's history: what it was, what it became, and why. */
public record PlanChange(UUID goalId, UUID stepId, Instant at, String byName, String oldText, String newText,
		Progress oldStatus, Progress newStatus, String reason) {
}
