package nl.naast.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An intervision session as its participants see it. */
public record IntervisionSession(UUID id, LocalDate heldOn, String topic, String questionsAsked, String learned,
		List<Participant> participants, List<CaseQuestion> questions, int version, Instant updatedAt) {

	public record Participant(UUID accountId, String name) {
	}

}
