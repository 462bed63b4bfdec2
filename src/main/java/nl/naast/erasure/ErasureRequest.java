package nl.naast.erasure;

import java.time.Instant;
import java.util.UUID;

/**
 * One family's request to erase its data.
 *
 * @param decisionReason why it was approved or refused, as the decider wrote it
 */
public record ErasureRequest(UUID id, UUID familyId, UUID requestedBy, Instant requestedAt, ErasureStatus status,
		UUID decidedBy, Instant decidedAt, String decisionReason, int version) {

	public boolean open() {
		return status == ErasureStatus.REQUESTED || status == ErasureStatus.APPROVED;
	}

}
