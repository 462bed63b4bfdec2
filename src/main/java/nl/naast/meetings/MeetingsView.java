package nl.naast.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.family.FamilyMemberName;

/**
 * A family's meetings, as one person may see them.
 *
 * @param upcoming from today on, soonest first
 * @param past most recent first
 * @param companions the coordinator and team members who can accompany the family
 */
public record MeetingsView(UUID familyId, String familyName, RelationshipKind viewer, List<Meeting> upcoming,
		List<Meeting> past, List<Meeting> cancelled, List<FamilyMemberName> members, List<OwnerOption> companions,
		boolean closed, LocalDate today) {

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	/** The coordinator and the parents plan meetings; after closing, only the family. */
	public boolean mayPlan() {
		return family() || (viewer == RelationshipKind.COORDINATOR && !closed);
	}

}
