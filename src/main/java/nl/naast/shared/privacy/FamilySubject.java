package nl.naast.shared.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Whose data is exported, for whom, and which parts of the file go in.
 *
 * @param familyId the family
 * @param memberAccountIds the accounts of the family's own parents and young people
 * @param parts names of the file parts ({@code nl.naast.access.FilePart}) the person who
 * asked may see; a contribution leaves out every section of another part
 * @param ownMemberId for a young person: the child they are, whose part alone of the
 * family overview goes in; null for parents and the coordinator
 * @param requesterId the account that asked for the export
 * @param requester how that account is related to the family: within a part, a
 * contribution keeps only the rows this person sees in Naast itself
 */
public record FamilySubject(UUID familyId, List<UUID> memberAccountIds, Set<String> parts, UUID ownMemberId,
		UUID requesterId, Requester requester) {

	/** How the person who asked is related to the family. */
	public enum Requester {

		/** a parent or carer: their own ratings and feedback, not the other parent's */
		PARENT,
		/** a young person: their own view and their own requests */
		YOUTH,
		/** the coordinator, on the family's behalf: what the coordinator sees */
		COORDINATOR

	}

	public FamilySubject {
		memberAccountIds = List.copyOf(memberAccountIds);
		parts = Set.copyOf(parts);
		Objects.requireNonNull(requesterId);
		Objects.requireNonNull(requester);
	}

	/** Whether sections of this part go in. */
	public boolean sees(String part) {
		return parts.contains(part);
	}

	public boolean isParent() {
		return requester == Requester.PARENT;
	}

	public boolean isYouth() {
		return requester == Requester.YOUTH;
	}

	public boolean isCoordinator() {
		return requester == Requester.COORDINATOR;
	}

}
