package nl.naast.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.audit.EmergencyPurpose;
import nl.naast.identity.AccountRoleConflictException;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;

/**
 * The one access policy for family data. Every read and change of a family's file asks
 * here first, inside the transaction that reads or changes the data; the answer is
 * written to the audit log in that same transaction, so data is only ever returned
 * together with its audit record.
 *
 * <p>
 * A refusal looks exactly like an unknown family (404), so nobody learns that a family
 * exists. Refusals are recorded in a transaction of their own, because the caller's
 * transaction rolls back.
 */
@Service
public class FamilyAccess {

	private final RelationshipRepository relationships;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final ConsentRepository consents;

	private final ClosureRepository closures;

	private final EmergencyRepository emergencies;

	FamilyAccess(RelationshipRepository relationships, ConsentRepository consents, ClosureRepository closures,
			Accounts accounts, AuditLog audit, Clock clock, EmergencyRepository emergencies) {
		this.emergencies = emergencies;
		this.relationships = relationships;
		this.consents = consents;
		this.closures = closures;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Allows the current person to do {@code action} on {@code part} of the family's
	 * file, or refuses.
	 * @param resource what is touched, recorded in the audit log (e.g.
	 * {@code family.overview})
	 * @throws NotFoundException when refused
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FamilyGrant require(UUID familyId, FilePart part, AuditAction action, String resource) {
		CurrentUser user = accounts.current();
		Optional<Relationship> relationship = relationships.find(familyId, user.accountId());
		if (relationship.isEmpty()) {
			Optional<EmergencySession> emergency = emergencyOf(familyId, user);
			if (emergency.isPresent()) {
				return underEmergency(emergency.get(), user, part, action, resource);
			}
		}
		if (relationship.isEmpty() || !allows(relationship.get(), part, action)) {
			audit.recordIndependently(
					new AuditEntry(actor(user), familyId, resource, action, AuditOutcome.DENIED, relationship.isEmpty()
							? "no relationship with this family" : "not allowed for " + relationship.get().kind()));
			throw new NotFoundException("No access to family " + familyId);
		}
		audit.record(new AuditEntry(actor(user), familyId, resource, action, AuditOutcome.ALLOWED, null));
		return new FamilyGrant(familyId, user, relationship.get().kind(), relationship.get().memberId());
	}

	/**
	 * A manager under the emergency procedure reads, never changes; every read is tagged
	 * with the emergency access and its reason.
	 */
	private FamilyGrant underEmergency(EmergencySession emergency, CurrentUser user, FilePart part, AuditAction action,
			String resource) {
		if (!AccessPolicy.allows(RelationshipKind.EMERGENCY, part, action, Consents.none())) {
			audit.recordIndependently(new AuditEntry(actor(user), emergency.familyId(), resource, action,
					AuditOutcome.DENIED, EmergencyPurpose.tag(emergency.id(), "emergency access is read-only")));
			throw new NotFoundException("Emergency access to family " + emergency.familyId() + " is read-only");
		}
		audit.record(new AuditEntry(actor(user), emergency.familyId(), resource, action, AuditOutcome.ALLOWED,
				EmergencyPurpose.tag(emergency.id(), "ETREAT; reason: " + emergency.reason())));
		return new FamilyGrant(emergency.familyId(), user, RelationshipKind.EMERGENCY, null);
	}

	/** Only team managers have emergency access, and only while it is open. */
	private Optional<EmergencySession> emergencyOf(UUID familyId, CurrentUser user) {
		return user.role() == Role.MANAGER ? emergencies.active(familyId, user.accountId(), clock.instant())
				: Optional.empty();
	}

	/**
	 * Like {@link #require}, for callers that record the allowed change themselves in
	 * more detail (one record per consent decision, say). Refusals are recorded here, as
	 * always.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FamilyGrant authorise(UUID familyId, FilePart part, AuditAction action, String resource) {
		CurrentUser user = accounts.current();
		Optional<Relationship> relationship = relationships.find(familyId, user.accountId());
		if (relationship.isEmpty() || !allows(relationship.get(), part, action)) {
			return require(familyId, part, action, resource); // records the refusal and
																// throws
		}
		return new FamilyGrant(familyId, user, relationship.get().kind(), relationship.get().memberId());
	}

	/**
	 * Whether the current person may do this, without recording anything: for showing or
	 * hiding a button.
	 */
	@Transactional(readOnly = true)
	public boolean may(UUID familyId, FilePart part, AuditAction action) {
		return accounts.currentIfSignedIn()
			.map(user -> relationships.find(familyId, user.accountId())
				.map(r -> allows(r, part, action))
				.orElseGet(() -> emergencyOf(familyId, user).isPresent()
						&& AccessPolicy.allows(RelationshipKind.EMERGENCY, part, action, Consents.none())))
			.orElse(false);
	}

	/**
	 * Whether another account may do this, without recording anything: for a check made
	 * for a text its author linked to a family, while someone else writes about it. The
	 * caller records what it looks at.
	 */
	@Transactional(readOnly = true)
	public boolean mayAccount(UUID familyId, UUID accountId, FilePart part, AuditAction action) {
		return relationships.find(familyId, accountId).map(r -> allows(r, part, action)).orElse(false);
	}

	/**
	 * The families the current person is related to; each shown family is recorded by the
	 * caller.
	 */
	@Transactional(readOnly = true)
	public List<UUID> familiesOfCurrentUser() {
		return accounts.currentIfSignedIn().map(user -> relationships.familiesOf(user.accountId())).orElse(List.of());
	}

	/**
	 * The families whose team work is still going on and whose part the current person
	 * may reach with this action: a fixed number of queries (relationships, closures,
	 * consents) however many families they have.
	 */
	@Transactional(readOnly = true)
	public List<UUID> openFamiliesOfCurrentUser(FilePart part, AuditAction action) {
		Optional<CurrentUser> user = accounts.currentIfSignedIn();
		if (user.isEmpty()) {
			return List.of();
		}
		List<Relationship> mine = relationships.ofAccount(user.get().accountId());
		java.util.Set<UUID> closed = closures.closedAmong(mine.stream().map(Relationship::familyId).toList());
		boolean teamMember = mine.stream().anyMatch(r -> r.kind() == RelationshipKind.TEAM_MEMBER);
		Map<UUID, java.util.Set<FilePart>> consented = teamMember && part.consentable()
				? consents.partsByFamily(user.get().accountId()) : Map.of();
		return mine.stream()
			.filter(r -> !closed.contains(r.familyId()))
			.filter(r -> AccessPolicy.allows(r.kind(), part, action,
					r.kind() == RelationshipKind.TEAM_MEMBER && part.consentable()
							? consented.getOrDefault(r.familyId(), Consents.none()) : Consents.none()))
			.map(Relationship::familyId)
			.toList();
	}

	/** Records that the current person saw these families in a list (names only). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordListed(List<UUID> familyIds, String resource) {
		Actor actor = actor(accounts.current());
		audit.recordAll(familyIds.stream()
			.map(familyId -> new AuditEntry(actor, familyId, resource, AuditAction.LIST, AuditOutcome.ALLOWED, null))
			.toList());
	}

	/** A coordinator registers a new family and becomes its coordinator. */
	@Transactional(propagation = Propagation.MANDATORY)
	public FamilyGrant registerNewFamily(UUID familyId) {
		CurrentUser user = accounts.current();
		if (user.role() != Role.COORDINATOR) {
			throw new NotFoundException("Only coordinators register families");
		}
		relationships.insert(new Relationship(familyId, user.accountId(), RelationshipKind.COORDINATOR, null),
				user.accountId(), clock.instant());
		audit.record(new AuditEntry(actor(user), familyId, "family", AuditAction.CREATE, AuditOutcome.ALLOWED, null));
		return new FamilyGrant(familyId, user, RelationshipKind.COORDINATOR, null);
	}

	/**
	 * The family's coordinator gives a parent or young person access to their own
	 * family's file: an existing account with this address is linked, otherwise a new one
	 * is invited by e-mail.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Admission admitMember(FamilyGrant coordinator, String email, String name, RelationshipKind kind,
			UUID memberId) {
		if (!coordinator.isCoordinator() || kind == RelationshipKind.COORDINATOR) {
			throw new NotFoundException("Only the coordinator admits family members");
		}
		AccountSummary account;
		try {
			account = accounts.findOrInvite(email, name, kind == RelationshipKind.PARENT ? Role.PARENT : Role.YOUTH);
		}
		catch (AccountRoleConflictException e) {
			return Admission.ADDRESS_IN_USE;
		}
		if (relationships.find(coordinator.familyId(), account.id()).isPresent()) {
			return Admission.ALREADY_ADMITTED;
		}
		// the grant itself was recorded when the coordinator's grant was issued
		relationships.insert(new Relationship(coordinator.familyId(), account.id(), kind, memberId),
				coordinator.user().accountId(), clock.instant());
		return account.activated() ? Admission.ADMITTED : Admission.INVITED;
	}

	/** How admitting a family member went. */
	public enum Admission {

		/** an existing account now has access */
		ADMITTED,
		/**
		 * a new account was made and an e-mail with a link to choose a password was sent
		 */
		INVITED, ALREADY_ADMITTED,
		/** the address belongs to an account of another kind (e.g. a professional) */
		ADDRESS_IN_USE

	}

	/**
	 * Who has access to the family. The caller holds a grant for
	 * {@link FilePart#RELATIONSHIPS}.
	 */
	@Transactional(readOnly = true)
	public List<RelatedPerson> relatedPeople(FamilyGrant grant) {
		List<Relationship> related = relationships.ofFamily(grant.familyId());
		Map<UUID, AccountSummary> people = accounts.findAll(related.stream().map(Relationship::accountId).toList());
		return related.stream().filter(r -> people.containsKey(r.accountId())).map(r -> {
			AccountSummary person = people.get(r.accountId());
			return new RelatedPerson(r.accountId(), person.displayName(), person.organisationName(), r.kind(),
					r.memberId(), person.activated());
		}).toList();
	}

	/**
	 * Consent is read fresh on every check: a withdrawal counts from the next request.
	 */
	private boolean allows(Relationship relationship, FilePart part, AuditAction action) {
		var consented = relationship.kind() == RelationshipKind.TEAM_MEMBER && part.consentable()
				? consents.parts(relationship.familyId(), relationship.accountId()) : Consents.none();
		if (!AccessPolicy.allows(relationship.kind(), part, action, consented)) {
			return false;
		}
		// after the team's work ended, professionals may still read, never change
		boolean professional = relationship.kind() == RelationshipKind.COORDINATOR
				|| relationship.kind() == RelationshipKind.TEAM_MEMBER;
		return !professional || AccessPolicy.reads(action) || !closures.closed(relationship.familyId());
	}

	/**
	 * The coordinator ends the team's work with the family: from now on the file is
	 * read-only for professionals, stays open to the family, and is kept until the given
	 * day.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void closeFamily(FamilyGrant coordinator, java.time.LocalDate retentionUntil) {
		if (!coordinator.isCoordinator() || closures.closed(coordinator.familyId())) {
			throw new NotFoundException("Only the coordinator of an open family closes it");
		}
		closures.close(coordinator.familyId(), coordinator.accountId(), clock.instant(), retentionUntil);
	}

	/**
	 * Until when a closed family's file is kept; empty while the team still works with
	 * the family.
	 */
	@Transactional(readOnly = true)
	public Optional<java.time.LocalDate> retentionUntil(UUID familyId) {
		return closures.retentionUntil(familyId);
	}

	/**
	 * A parent agreed that this professional joins the family's team. They see the team
	 * page; every other part stays closed until the family opens it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void admitTeamMember(FamilyGrant parent, UUID accountId) {
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only a parent admits team members");
		}
		if (relationships.find(parent.familyId(), accountId).isEmpty()) {
			relationships.insert(new Relationship(parent.familyId(), accountId, RelationshipKind.TEAM_MEMBER, null),
					parent.accountId(), clock.instant());
		}
	}

	/**
	 * A team member leaves, or the coordinator or a parent ends their membership: access
	 * and consent end at once; the history stays.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void endTeamMembership(FamilyGrant grant, UUID accountId) {
		boolean self = grant.accountId().equals(accountId) && grant.relationship() == RelationshipKind.TEAM_MEMBER;
		boolean decider = grant.relationship() == RelationshipKind.COORDINATOR
				|| grant.relationship() == RelationshipKind.PARENT;
		if (!self && !decider) {
			throw new NotFoundException("Not allowed to end this membership");
		}
		relationships.delete(grant.familyId(), accountId, RelationshipKind.TEAM_MEMBER);
		consents.withdrawAll(grant.familyId(), accountId);
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role().name(), user.organisationName());
	}

}
