package nl.naast.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A step towards a goal: what, who, by when (optional: the family sets the pace), and
 * what is needed.
 *
 * @param whoFamily true when a family member does it, false for a team member
 * @param proposal PROPOSED while a partner's proposal waits for the family, DECLINED
 * after a no; null otherwise
 */
public record Step(UUID id, UUID goalId, String what, boolean whoFamily, UUID whoId, String whoName, LocalDate dueOn,
		String needs, Progress status, String proposal, String proposedBy, int position, int version) {

	public boolean proposed() {
		return "PROPOSED".equals(proposal);
	}

	public boolean declined() {
		return "DECLINED".equals(proposal);
	}

	public boolean counts() {
		return proposal == null || "ACCEPTED".equals(proposal);
	}

}
