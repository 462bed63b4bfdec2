package nl.naast.meetings;

import java.util.List;
import java.util.UUID;

/**
 * What happens around a family's meetings, for the modules that listen (journey,
 * reporting).
 */
public final class MeetingEvents {

	private MeetingEvents() {
	}

	public record MeetingPlanned(UUID familyId, UUID meetingId, MeetingKind kind) {
	}

	public record SummaryFinalised(UUID familyId, UUID meetingId) {
	}

	/**
	 * A parent's answers to "did it help?", 0 to 10 each.
	 *
	 * @param professionals the team members who accompanied the family to this meeting
	 */
	public record FeedbackGiven(UUID familyId, UUID meetingId, List<UUID> professionals, int heard, int mattered,
			int nextKnown, int useful) {
	}

}
