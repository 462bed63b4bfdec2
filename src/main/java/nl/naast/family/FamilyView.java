package nl.naast.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.naast.access.EmergencySession;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;

/**
 * The family overview as one person may see it: coordinators see everything; a young
 * person sees their own part only (the service leaves the rest out, the template cannot
 * show what it never got).
 *
 * @param viewedAs how the viewer is related to the family
 * @param related who has access; empty when the viewer may not see that
 * @param emergencyNotices the recent uses of the emergency procedure on this file
 * @param ownEmergency the viewing manager's own emergency access, while it is open
 */
public record FamilyView(Family family, RelationshipKind viewedAs, UUID viewerMemberId, List<RelatedPerson> related,
		LocalDate today, List<OverviewContribution.OverviewItem> highlights, List<EmergencySession> emergencyNotices,
		Optional<EmergencySession> ownEmergency) {

	public boolean coordinator() {
		return viewedAs == RelationshipKind.COORDINATOR;
	}

	/** A team manager reading under the emergency procedure: read-only. */
	public boolean emergency() {
		return viewedAs == RelationshipKind.EMERGENCY;
	}

	public boolean youth() {
		return viewedAs == RelationshipKind.YOUTH;
	}

	/** The account with access for a parent or child record, if any. */
	public Optional<RelatedPerson> accessOf(UUID memberId) {
		return related.stream().filter(r -> memberId.equals(r.memberId())).findFirst();
	}

	/** Young people get their own access from this age (they are heard from 12). */
	public static final int OWN_ACCESS_AGE = 12;

	public boolean mayGetOwnAccess(Child child) {
		return child.ageOn(today) >= OWN_ACCESS_AGE;
	}
}
