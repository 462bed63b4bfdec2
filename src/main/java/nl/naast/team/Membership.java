package nl.naast.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional's place in one family's team.
 *
 * @param roleForFamily the person's role for this family, in their words (e.g.
 * "jeugdbeschermer")
 * @param task what their task here is
 * @param notTask what their task here is not
 */
public record Membership(UUID id, UUID familyId, UUID accountId, String roleForFamily, String task, String notTask,
		MembershipStatus status, Instant expiresAt, UUID invitedBy, Instant invitedAt, Instant joinedAt,
		Instant endedAt, int version) {
}
