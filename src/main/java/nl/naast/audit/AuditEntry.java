package nl.naast.audit;

import java.util.UUID;

/**
 * One thing to record.
 *
 * @param familyId the family whose data was touched, or null for actions outside any
 * family
 * @param resource what was touched, in stable words such as {@code family.overview} or
 * {@code family.access-log}
 * @param reason why, when there is more to say than the action (e.g. the reason access
 * was refused)
 */
public record AuditEntry(Actor actor, UUID familyId, String resource, AuditAction action, AuditOutcome outcome,
		String reason) {
}
