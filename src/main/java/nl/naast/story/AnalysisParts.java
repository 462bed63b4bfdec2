package nl.naast.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of an explanatory analysis. */
public final class AnalysisParts {

	private AnalysisParts() {
	}

	/** Whether a factor weighs on the family or protects it. */
	public enum FactorKind {

		STRESSOR, PROTECTIVE

	}

	/** Where a question about missing information stands. */
	public enum QuestionStatus {

		OPEN, ASKED, ANSWERED

	}

	/**
	 * Something that weighs or protects, backed by events from the story.
	 *
	 * @param evidence ids of the story entries that show it
	 */
	public record Factor(UUID id, FactorKind kind, String name, String description, String createdByName,
			Instant createdAt, Instant removedAt, String removedByName, List<UUID> evidence) {

		public boolean removed() {
			return removedAt != null;
		}

	}

	/** "This contributed to that", between factors and story events, and who says so. */
	public record Link(UUID id, UUID fromId, UUID toId, String saysWho, String note, String createdByName,
			Instant createdAt, Instant removedAt) {
	}

	/** What we do not know yet, who could know, and where it stands. */
	public record Question(UUID id, String question, String whoCouldKnow, QuestionStatus status, String answer,
			String createdByName, Instant createdAt, int version) {
	}

	/** The explanation in two voices, each with its own version. */
	public record Explanation(String familyWords, String familyByName, int familyVersion, String teamWords,
			String teamByName, int teamVersion) {

		static final Explanation NONE = new Explanation(null, null, 0, null, null, 0);

	}

	/** What becomes possible now; once a goal, linked to it. */
	public record Possibility(UUID id, String what, UUID goalId, String createdByName, Instant createdAt, int version) {
	}

	/** A dated version of the whole analysis as it read then. */
	public record Version(UUID id, int number, Instant savedAt, String savedByName, String note, String snapshot) {
	}

}
