package nl.naast.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.family.FamilyMemberName;
import nl.naast.plan.Plans;

/**
 * One meeting, as one person may see it.
 *
 * @param privateNotes the steam-off notes, or null for everyone but the parents and the
 * coordinator
 * @param myFeedback this parent's answers to "did it help?", or null
 * @param feedback every parent's answers, for those who may see feedback; otherwise empty
 * @param goals the goals an agreement can become a step under (empty: may not add steps)
 * @param mayMakeDemands whether this person may record demands
 */
public record MeetingView(UUID familyId, String familyName, RelationshipKind viewer, UUID viewerId, Meeting meeting,
		boolean begun, boolean closed, LocalDate today, List<Agreement> agreements, List<OwnAccount> accounts,
		List<Correction> corrections, List<PrivateNote> privateNotes, Feedback myFeedback, List<Feedback> feedback,
		boolean mayReadFeedback, List<OwnerOption> owners, List<Plans.GoalChoice> goals, boolean mayMakeDemands,
		List<FamilyMemberName> members, List<OwnerOption> companions) {

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean coordinator() {
		return viewer == RelationshipKind.COORDINATOR;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	private boolean open() {
		return !meeting.cancelled() && (!closed || family());
	}

	public boolean mayChangeDetails() {
		return open() && (family() || coordinator());
	}

	/** The parent prepares until the meeting begins; afterwards it stays as it was. */
	public boolean mayPrepare() {
		return open() && family() && !begun;
	}

	/** The coordinator, or the team member who goes along. */
	public boolean mayGuide() {
		return open() && !closed && (coordinator() || (member() && meeting.accompaniedBy(viewerId)));
	}

	/** What to expect is written before the meeting; afterwards it stays as it was. */
	public boolean mayEditGuidance() {
		return mayGuide() && !begun;
	}

	public boolean mayWriteSummary() {
		return mayGuide() && begun && !meeting.summary().isFinal();
	}

	public boolean mayAddAgreements() {
		return mayGuide() && begun;
	}

	/** A summary is read by everyone once final; before that only by its writers. */
	public boolean showSummary() {
		return meeting.summary().isFinal() || (meeting.summary().written() && mayGuide());
	}

	public boolean mayCorrect() {
		return family() && meeting.summary().isFinal() && !meeting.cancelled();
	}

	public boolean mayWriteOwnAccount() {
		return family() && begun && !meeting.cancelled();
	}

	public boolean mayAnswer() {
		return family() && begun && !meeting.cancelled() && myFeedback == null;
	}

	public boolean privateRoom() {
		return privateNotes != null;
	}

	public Optional<OwnAccount> myAccount() {
		return accounts.stream().filter(a -> a.authorId().equals(viewerId)).findFirst();
	}

	public List<Correction> correctionsOf(SummarySection section) {
		return corrections.stream().filter(c -> c.section() == section).toList();
	}

	public String goalText(UUID goalId) {
		return goals.stream().filter(g -> g.id().equals(goalId)).map(Plans.GoalChoice::text).findFirst().orElse("");
	}

}
