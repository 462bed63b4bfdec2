package nl.naast.shared.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose data is exported, and which parts of the file go in.
 *
 * @param familyId the family
 * @param memberAccountIds the accounts of the family's own parents and young people
 * @param parts names of the file parts ({@code nl.naast.access.FilePart}) the person who
 * asked may see; a contribution leaves out every section of another part
 * @param ownMemberId for a young person: the child they are, whose part alone of the
 * family overview goes in; null for parents and the coordinator
 */
public record FamilySubject(UUID familyId, List<UUID> memberAccountIds, Set<String> parts, UUID ownMemberId) {

	public FamilySubject {
		memberAccountIds = List.copyOf(memberAccountIds);
		parts = Set.copyOf(parts);
	}

	/** Whether sections of this part go in. */
	public boolean sees(String part) {
		return parts.contains(part);
	}

}
