package nl.naast.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored audit record, as read back.
 *
 * <p>
 * The personal content of a record (actor name, reason, client address) is covered by the
 * hash only through {@code contentDigest}, a salted digest of it. Anonymising a record
 * (at the end of log retention, or when a family's data is erased) blanks the content and
 * the salt but keeps the digest, so the chain still verifies and the erased text cannot
 * be guessed back from the digest.
 *
 * @param contentSalt random text mixed into the digest; null once anonymised
 * @param contentDigest the digest of salt and content, kept after anonymisation
 */
public record AuditRecord(long sequence, Instant occurredAt, UUID actorAccountId, String actorName, String actorRole,
		String actorOrganisation, UUID familyId, String resource, AuditAction action, AuditOutcome outcome,
		String reason, String clientAddress, String requestId, String previousHash, String hash, String contentSalt,
		String contentDigest) {

	/** A record without salt, for writers that compute the digest as they go. */
	public AuditRecord(long sequence, Instant occurredAt, UUID actorAccountId, String actorName, String actorRole,
			String actorOrganisation, UUID familyId, String resource, AuditAction action, AuditOutcome outcome,
			String reason, String clientAddress, String requestId, String previousHash, String hash) {
		this(sequence, occurredAt, actorAccountId, actorName, actorRole, actorOrganisation, familyId, resource, action,
				outcome, reason, clientAddress, requestId, previousHash, hash, null, null);
	}

	/** The same record with its content salted, ready to be hashed and stored. */
	public AuditRecord salted(String salt) {
		return new AuditRecord(sequence, occurredAt, actorAccountId, actorName, actorRole, actorOrganisation, familyId,
				resource, action, outcome, reason, clientAddress, requestId, previousHash, hash, salt, null);
	}

	/** Content and salt erased, digest kept: what anonymisation leaves. */
	public boolean anonymised() {
		return actorName == null && reason == null && clientAddress == null && contentSalt == null
				&& contentDigest != null;
	}

	/** Made under the emergency procedure (noodprocedure). */
	public boolean emergency() {
		return EmergencyPurpose.marks(reason);
	}

}
