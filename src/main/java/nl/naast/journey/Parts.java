package nl.naast.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/** The parts of a family's journey. */
public final class Parts {

	private Parts() {
	}

	/** What a journal entry tells; never "failed". */
	public enum Kind {

		/** how things go */
		NOTE,
		/** unrest or a setback: part of falling and getting up again */
		SETBACK,
		/** a good moment or a breakthrough */
		BREAKTHROUGH

	}

	/**
	 * A journal entry.
	 *
	 * @param learned for a setback: what we learn from it
	 * @param doingNow for a setback: what we do now
	 */
	public record Entry(UUID id, Kind kind, LocalDate happenedOn, String what, String learned, String doingNow,
			String byName, RelationshipKind byKind, Instant createdAt) {
	}

	/** A goal reached or adjusted, as the plan reported it. */
	public record Milestone(String kind, UUID goalId, Instant at) {
	}

	/** "Hoe gaat het met ons?" for one month. */
	public record Mood(LocalDate month, UUID byId, String byName, int score, String words, Instant at) {
	}

	/**
	 * A parent's monthly rating of one team member's help, each from 0 to 10.
	 *
	 * @param heard "I feel heard"
	 * @param important "we work on what I find important"
	 * @param fits "the way of working suits me"
	 * @param helps "it helps me"
	 */
	public record Rating(UUID id, LocalDate month, UUID parentId, String parentName, UUID professionalId,
			String organisation, int heard, int important, int fits, int helps, String comment, Instant createdAt,
			int version) {

		public double average() {
			return (heard + important + fits + helps) / 4.0;
		}

	}

	/** Why a rating asks the coordinator's attention. */
	public enum Reason {

		/** a score of 3 or less */
		LOW,
		/** "it helps me" 3 or more points lower than the month before */
		DROP

	}

	/** A rating that asks the coordinator's attention, and what was done with it. */
	public record Notice(UUID id, UUID ratingId, Reason reason, Instant createdAt, String response,
			String respondedByName, Instant respondedAt) {

		public boolean open() {
			return response == null;
		}

	}

}
