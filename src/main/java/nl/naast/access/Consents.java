package nl.naast.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.shared.NotFoundException;

/**
 * The family decides, per team member and per part of the file, what that member may see.
 * Nothing is open by default. {@link FamilyAccess} reads these decisions on every
 * request, so a withdrawal counts from the member's very next click.
 */
@Service
public class Consents {

	private final ConsentRepository consents;

	private final RelationshipRepository relationships;

	private final AuditLog audit;

	private final Clock clock;

	Consents(ConsentRepository consents, RelationshipRepository relationships, AuditLog audit, Clock clock) {
		this.consents = consents;
		this.relationships = relationships;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A parent sets which parts a team member may see: parts not listed are closed. Only
	 * the changes are recorded, each in the family's consent history and in the audit
	 * trail.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void decide(FamilyGrant parent, UUID memberAccountId, String memberName, Set<FilePart> wanted) {
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only a parent decides on consent");
		}
		apply(parent, memberAccountId, wanted,
				part -> ConsentChange.online(parent.familyId(), memberAccountId, memberName, part,
						wanted.contains(part), clock.instant(), parent.accountId(), parent.user().displayName()));
	}

	/**
	 * The coordinator records consent the family gave on paper: who signed, when, and a
	 * note. The coordinator never decides for the family; this records the family's own
	 * decision, visibly to the family.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordOnPaper(FamilyGrant coordinator, UUID memberAccountId, String memberName, Set<FilePart> wanted,
			String givenByName, java.time.LocalDate signedOn, String note) {
		if (coordinator.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("Only the coordinator records paper consent");
		}
		apply(coordinator, memberAccountId, wanted,
				part -> new ConsentChange(coordinator.familyId(), memberAccountId, memberName, part,
						wanted.contains(part), clock.instant(), coordinator.accountId(),
						coordinator.user().displayName(), true, givenByName, signedOn, note));
	}

	private void apply(FamilyGrant grant, UUID memberAccountId, Set<FilePart> wanted,
			java.util.function.Function<FilePart, ConsentChange> change) {
		boolean member = relationships.find(grant.familyId(), memberAccountId)
			.filter(r -> r.kind() == RelationshipKind.TEAM_MEMBER)
			.isPresent();
		if (!member) {
			throw new NotFoundException("Not a member of this family's team");
		}
		Set<FilePart> current = consents.parts(grant.familyId(), memberAccountId);
		for (FilePart part : FilePart.consentableParts()) {
			boolean open = wanted.contains(part);
			if (open == current.contains(part)) {
				continue;
			}
			ConsentChange decided = change.apply(part);
			if (open) {
				consents.grant(grant.familyId(), memberAccountId, part, decided);
			}
			else {
				consents.withdraw(grant.familyId(), memberAccountId, part, decided);
			}
			audit.record(new AuditEntry(FamilyAccess.actor(grant.user()), grant.familyId(), "family.consent",
					open ? AuditAction.GRANT : AuditAction.REVOKE, AuditOutcome.ALLOWED,
					part.name() + " " + decided.memberName() + (decided.onPaper() ? " (on paper)" : "")));
		}
	}

	/** What the family opened to each member of its team. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Set<FilePart>> partsByMember(FamilyGrant grant) {
		return consents.partsByMember(grant.familyId());
	}

	/** Every consent decision of the family, newest first. */
	@Transactional(readOnly = true)
	public List<ConsentChange> history(FamilyGrant grant) {
		return consents.history(grant.familyId());
	}

	static Set<FilePart> none() {
		return EnumSet.noneOf(FilePart.class);
	}

}
