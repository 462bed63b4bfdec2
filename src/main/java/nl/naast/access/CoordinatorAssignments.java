package nl.naast.access;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;

/**
 * Administrators divide families among coordinators. Assigning opens the family to that
 * coordinator; it never opens it to the administrator.
 */
@Service
public class CoordinatorAssignments {

	private final RelationshipRepository relationships;

	private final ClosureRepository closures;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	CoordinatorAssignments(RelationshipRepository relationships, ClosureRepository closures, Accounts accounts,
			AuditLog audit, Clock clock) {
		this.relationships = relationships;
		this.closures = closures;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The coordinators of each family, for a page of families (one query). */
	@Transactional(readOnly = true)
	public Map<UUID, List<UUID>> coordinatorsOf(List<UUID> familyIds) {
		return relationships.ofFamilies(familyIds, RelationshipKind.COORDINATOR)
			.stream()
			.collect(Collectors.groupingBy(Relationship::familyId,
					Collectors.mapping(Relationship::accountId, Collectors.toList())));
	}

	/**
	 * Per coordinator, the number of open families they coordinate: counts only, for the
	 * managers' overview, which withholds small ones.
	 * @throws NotFoundException unless the current person is a team manager
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> openCaseloads() {
		requireManager();
		return relationships.openFamiliesPerCoordinator();
	}

	/**
	 * How many families are open and how many closed, each counted once.
	 * @throws NotFoundException unless the current person is a team manager
	 */
	@Transactional(readOnly = true)
	public FamilyCounts familyCounts() {
		requireManager();
		long[] counts = relationships.openAndClosedFamilies();
		return new FamilyCounts(counts[0], counts[1]);
	}

	/**
	 * Those of these families that the team still works with (not closed), for counts in
	 * the managers' overview that leave out families whose work has ended.
	 * @throws NotFoundException unless the current person is a team manager
	 */
	@Transactional(readOnly = true)
	public Set<UUID> openAmong(Collection<UUID> familyIds) {
		requireManager();
		Set<UUID> open = new HashSet<>(familyIds);
		open.removeAll(closures.closedAmong(open));
		return open;
	}

	/** Families counted once each: still open, or closed (the team's work ended). */
	public record FamilyCounts(long open, long closed) {
	}

	/**
	 * @return false when the coordinator was already assigned
	 */
	@Transactional
	public boolean assign(UUID familyId, UUID coordinatorId) {
		CurrentUser admin = requireAdmin();
		AccountSummary coordinator = accounts.find(coordinatorId)
			.filter(a -> a.role() == Role.COORDINATOR)
			.orElseThrow(() -> new NotFoundException("No such coordinator"));
		if (relationships.find(familyId, coordinator.id()).isPresent()) {
			return false;
		}
		relationships.insert(new Relationship(familyId, coordinator.id(), RelationshipKind.COORDINATOR, null),
				admin.accountId(), clock.instant());
		audit.record(new AuditEntry(FamilyAccess.actor(admin), familyId, "family.coordinator", AuditAction.GRANT,
				AuditOutcome.ALLOWED, coordinator.displayName()));
		return true;
	}

	@Transactional
	public void unassign(UUID familyId, UUID coordinatorId) {
		CurrentUser admin = requireAdmin();
		if (relationships.delete(familyId, coordinatorId, RelationshipKind.COORDINATOR) == 1) {
			String name = accounts.find(coordinatorId).map(AccountSummary::displayName).orElse("?");
			audit.record(new AuditEntry(FamilyAccess.actor(admin), familyId, "family.coordinator", AuditAction.REVOKE,
					AuditOutcome.ALLOWED, name));
		}
	}

	private void requireManager() {
		if (accounts.current().role() != Role.MANAGER) {
			throw new NotFoundException("Only team managers see caseloads");
		}
	}

	private CurrentUser requireAdmin() {
		CurrentUser user = accounts.current();
		if (user.role() != Role.ADMIN) {
			throw new NotFoundException("Only administrators assign coordinators");
		}
		return user;
	}

}
