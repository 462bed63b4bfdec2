package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure for one child.
 *
 * @param endsOn null for a measure without an end (guardianship)
 * @param executedOn for an authorisation for out-of-home placement: the day the child was
 * placed
 * @param document the court's decision, if kept
 */
public record Measure(UUID id, UUID childId, MeasureKind kind, LocalDate startsOn, LocalDate endsOn,
		LocalDate executedOn, String court, String reference, String note, Document document, int version,
		Instant updatedAt) {

	/** The court's decision as a file. */
	public record Document(String fileName, String contentType, int size) {
	}

	/** Where the measure stands on a day. */
	public enum Status {

		/** starts later */
		PLANNED,
		/** in force */
		ACTIVE,
		/** an authorisation for placement not carried out yet: it lapses on a day */
		NOT_EXECUTED,
		/** an authorisation for placement not carried out in time */
		LAPSED,
		/** past its end */
		ENDED

	}

	public Status status(LocalDate today, LocalDate lapsesOn) {
		if (endsOn != null && endsOn.isBefore(today)) {
			return Status.ENDED;
		}
		if (kind == MeasureKind.MUHP && executedOn == null) {
			return today.isAfter(lapsesOn) ? Status.LAPSED : Status.NOT_EXECUTED;
		}
		return startsOn.isAfter(today) ? Status.PLANNED : Status.ACTIVE;
	}

	/**
	 * Whether this measure and a period share a day. An extension may start on the day
	 * the measure before it ends, as court decisions write it ("tot 1 maart", "vanaf 1
	 * maart").
	 */
	public boolean overlaps(LocalDate start, LocalDate end) {
		LocalDate myEnd = endsOn == null ? LocalDate.MAX : endsOn;
		LocalDate otherEnd = end == null ? LocalDate.MAX : end;
		if (start.equals(end) || startsOn.equals(endsOn)) {
			return !start.isAfter(myEnd) && !startsOn.isAfter(otherEnd);
		}
		return start.isBefore(myEnd) && startsOn.isBefore(otherEnd);
	}

}
