package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A hearing, a report to react to, a written instruction, an appeal, an evaluation, the
 * perspective decision.
 *
 * @param childId null when it concerns the whole family
 * @param baseOn the day the period runs from, for a computed deadline
 * @param dueOn the day of the hearing, or the last day to act
 * @param whoActs who does what is needed (the parent, the lawyer, the coordinator)
 * @param doneOn when it was done, or null
 */
public record LegalEvent(UUID id, UUID childId, EventKind kind, LocalDate baseOn, LocalDate dueOn, LocalTime atTime,
		String place, String lawyer, String whoActs, String whatNeeded, LocalDate doneOn, int version,
		Instant updatedAt) {

	public boolean open() {
		return doneOn == null;
	}

}
