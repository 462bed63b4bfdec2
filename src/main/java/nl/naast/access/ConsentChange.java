package nl.naast.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision of the family: a part opened to, or closed for, one team member.
 *
 * @param granted true when opened, false when withdrawn
 * @param onPaper the family gave this on paper; the coordinator recorded it
 * @param givenByName on paper: who in the family signed
 * @param signedOn on paper: when they signed
 * @param note on paper: where the paper is, or what it said
 */
public record ConsentChange(UUID familyId, UUID memberAccountId, String memberName, FilePart part, boolean granted,
		Instant at, UUID byAccountId, String byName, boolean onPaper, String givenByName, LocalDate signedOn,
		String note) {

	static ConsentChange online(UUID familyId, UUID memberAccountId, String memberName, FilePart part, boolean granted,
			Instant at, UUID byAccountId, String byName) {
		return new ConsentChange(familyId, memberAccountId, memberName, part, granted, at, byAccountId, byName, false,
				null, null, null);
	}

}
