package nl.naast.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored audit record, as read back. */
public record AuditRecord(long sequence, Instant occurredAt, UUID actorAccountId, String actorName, String actorRole,
		String actorOrganisation, UUID familyId, String resource, AuditAction action, AuditOutcome outcome,
		String reason, String clientAddress, String requestId, String previousHash, String hash) {

	/** Made under the emergency procedure (noodprocedure). */
	public boolean emergency() {
		return EmergencyPurpose.marks(reason);
	}

}
