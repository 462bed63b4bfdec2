package nl.naast.access;

import java.util.UUID;

import nl.naast.identity.CurrentUser;

/**
 * Proof that the current person may do this with this family, handed out only by
 * {@link FamilyAccess}.
 */
public record FamilyGrant(UUID familyId, CurrentUser user, RelationshipKind relationship, UUID memberId) {

	/** The account acting under this grant. */
	public UUID accountId() {
		return user.accountId();
	}

	/** The acting person's name, as shown to the family. */
	public String displayName() {
		return user.displayName();
	}

	/** The acting person's organisation, or null. */
	public String organisation() {
		return user.organisationName();
	}

	/** The acting person as the audit log records them. */
	public nl.naast.audit.Actor actor() {
		return FamilyAccess.actor(user);
	}

	public boolean isCoordinator() {
		return relationship == RelationshipKind.COORDINATOR;
	}

	public boolean isFamilyMember() {
		return relationship == RelationshipKind.PARENT || relationship == RelationshipKind.YOUTH;
	}
}
