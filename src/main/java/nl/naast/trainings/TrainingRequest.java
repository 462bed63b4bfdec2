package nl.naast.trainings;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for a session, talk or guest lecture made to measure, with the team's notes.
 */
public record TrainingRequest(UUID id, RequestKind kind, Institution institution, String name, String email,
		String organisation, String topic, String preferred, Integer participants, String budget, String question,
		RequestStatus status, String notes, int version, Instant createdAt) {

}
