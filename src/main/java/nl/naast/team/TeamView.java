package nl.naast.team;

import java.util.List;
import java.util.UUID;

import nl.naast.access.ConsentChange;
import nl.naast.access.FilePart;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;

/**
 * The team page as one person may see it. Consent (what each member may see) and its
 * history are shown to the family and the coordinator only.
 *
 * @param coordinators the family's process coordinators
 * @param members active members
 * @param requests members who accepted and wait for the family's answer
 * @param invited invitations not yet answered
 * @param former members who left, were removed, declined or were refused
 * @param closing how the team's work ended, or null while it goes on
 * @param youthViews what the family's young people think of each member seeing the file
 */
public record TeamView(UUID familyId, String familyName, RelationshipKind viewer, UUID viewerAccountId,
		List<RelatedPerson> coordinators, List<MemberRow> members, List<MemberRow> requests, List<MemberRow> invited,
		List<MemberRow> former, List<ConsentChange> consentHistory, Closing closing, List<YouthView> youthViews) {

	public boolean youth() {
		return viewer == RelationshipKind.YOUTH;
	}

	/**
	 * The young people's views on this member, for the parents; the young person's own,
	 * for them.
	 */
	public List<YouthView> youthViewsOn(UUID memberAccountId) {
		return youthViews.stream().filter(v -> v.memberAccountId().equals(memberAccountId)).toList();
	}

	/**
	 * Whether the team's work with the family has ended; the file is then read-only for
	 * professionals.
	 */
	public boolean closed() {
		return closing != null;
	}

	public boolean parent() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean coordinator() {
		return viewer == RelationshipKind.COORDINATOR;
	}

	public boolean family() {
		return viewer == RelationshipKind.PARENT || viewer == RelationshipKind.YOUTH;
	}

	public boolean seesConsent() {
		return viewer == RelationshipKind.PARENT || viewer == RelationshipKind.COORDINATOR;
	}

	public List<FilePart> consentableParts() {
		return FilePart.consentableParts();
	}

}
