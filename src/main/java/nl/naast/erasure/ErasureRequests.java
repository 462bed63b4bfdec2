package nl.naast.erasure;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.retention.ApprovedErasures;
import nl.naast.retention.FamilyErasure;
import nl.naast.retention.FamilyErasures;
import nl.naast.shared.NotFoundException;

/**
 * The erasure request workflow. A parent asks; someone else decides: an administrator, or
 * a manager of an organisation whose coordinator is assigned to the family (the
 * coordinator's manager). Approval is refused while something holds the family's data (a
 * running child protection measure). Approved requests are carried out by the nightly
 * retention run, through the same code path as files whose retention ended, and the
 * requests are erased with the family.
 */
@Service
public class ErasureRequests implements ApprovedErasures, FamilyErasure {

	private final ErasureRequestRepository requests;

	private final FamilyAccess access;

	private final CoordinatorAssignments coordinators;

	private final Accounts accounts;

	private final FamilyErasures erasures;

	private final AuditLog audit;

	private final Clock clock;

	ErasureRequests(ErasureRequestRepository requests, FamilyAccess access, CoordinatorAssignments coordinators,
			Accounts accounts, FamilyErasures erasures, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.coordinators = coordinators;
		this.accounts = accounts;
		this.erasures = erasures;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the family sees: its requests and whether this person may ask. */
	@Transactional
	public FamilyView forFamily(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.OVERVIEW, AuditAction.VIEW, "family.erasure");
		List<ErasureRequest> all = requests.ofFamily(familyId);
		boolean mayAsk = grant.relationship() == RelationshipKind.PARENT
				&& all.stream().noneMatch(ErasureRequest::open);
		return new FamilyView(familyId, mayAsk, all);
	}

	/** A parent asks; asking again while a request is open changes nothing. */
	@Transactional
	public void request(UUID familyId) {
		// parents only read the overview; the request is recorded below as what it is
		FamilyGrant grant = access.authorise(familyId, FilePart.OVERVIEW, AuditAction.VIEW, "family.erasure-request");
		if (grant.relationship() != RelationshipKind.PARENT) {
			audit.recordIndependently(new AuditEntry(actor(grant.user()), familyId, "family.erasure-request",
					AuditAction.CREATE, AuditOutcome.DENIED, "only parents ask for erasure"));
			throw new NotFoundException("Only parents ask for erasure");
		}
		if (requests.ofFamily(familyId).stream().anyMatch(ErasureRequest::open)) {
			return;
		}
		requests.insert(UUID.randomUUID(), familyId, grant.accountId(), clock.instant());
		audit.record(new AuditEntry(actor(grant.user()), familyId, "family.erasure-request", AuditAction.CREATE,
				AuditOutcome.ALLOWED, null));
	}

	/** For deciders: open requests (with what holds them) and recent decisions. */
	@Transactional
	public Queue queue() {
		CurrentUser decider = decider();
		audit.record(
				new AuditEntry(actor(decider), null, "erasure.requests", AuditAction.LIST, AuditOutcome.ALLOWED, null));
		List<Pending> pending = requests.withStatus(ErasureStatus.REQUESTED)
			.stream()
			.filter(r -> mayDecide(decider, r))
			.map(r -> new Pending(r, erasures.holdOn(r.familyId()).orElse(null)))
			.toList();
		List<ErasureRequest> decided = requests.recentlyDecided(20)
			.stream()
			.filter(r -> mayDecide(decider, r))
			.toList();
		return new Queue(pending, decided);
	}

	/**
	 * Approves or refuses. Throws {@link AccessDeniedException} when the decider asked
	 * for it themselves.
	 */
	@Transactional
	public Decision decide(UUID requestId, boolean approve, String reason, int version) {
		CurrentUser decider = decider();
		ErasureRequest request = requests.find(requestId)
			.filter(r -> mayDecide(decider, r))
			.orElseThrow(() -> new NotFoundException("No erasure request " + requestId));
		if (request.requestedBy().equals(decider.accountId())) {
			audit.recordIndependently(new AuditEntry(actor(decider), request.familyId(), "family.erasure-decision",
					AuditAction.UPDATE, AuditOutcome.DENIED, "the requester cannot decide"));
			throw new AccessDeniedException("The requester cannot decide their own erasure request");
		}
		if (reason == null || reason.isBlank()) {
			return Decision.REASON_MISSING;
		}
		if (reason.length() > 1000) {
			return Decision.REASON_TOO_LONG;
		}
		if (approve && erasures.holdOn(request.familyId()).isPresent()) {
			return Decision.HELD;
		}
		ErasureStatus status = approve ? ErasureStatus.APPROVED : ErasureStatus.REFUSED;
		if (!requests.decide(requestId, version, status, decider.accountId(), clock.instant(), reason.strip())) {
			return Decision.CHANGED;
		}
		audit.record(new AuditEntry(actor(decider), request.familyId(), "family.erasure-decision", AuditAction.UPDATE,
				AuditOutcome.ALLOWED, status.name()));
		return Decision.DONE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> approvedFamilies() {
		return requests.approvedFamilies();
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String part() {
		return "erasure";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return requests.deleteFamily(familyId);
	}

	private CurrentUser decider() {
		CurrentUser user = accounts.current();
		if (user.role() != Role.ADMIN && user.role() != Role.MANAGER) {
			throw new NotFoundException("For administrators and managers");
		}
		return user;
	}

	/**
	 * Administrators decide every request; a manager those of their coordinators'
	 * families.
	 */
	private boolean mayDecide(CurrentUser decider, ErasureRequest request) {
		if (decider.role() == Role.ADMIN) {
			return true;
		}
		List<UUID> assigned = coordinators.coordinatorsOf(List.of(request.familyId()))
			.getOrDefault(request.familyId(), List.of());
		return accounts.findAll(assigned)
			.values()
			.stream()
			.map(AccountSummary::organisationName)
			.anyMatch(name -> name != null && name.equals(decider.organisationName()));
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role().name(), user.organisationName());
	}

	public record FamilyView(UUID familyId, boolean mayAsk, List<ErasureRequest> requests) {
	}

	public record Pending(ErasureRequest request, String holdKey) {
	}

	public record Queue(List<Pending> pending, List<ErasureRequest> decided) {
	}

	public enum Decision {

		DONE, REASON_MISSING, REASON_TOO_LONG, HELD, CHANGED

	}

}
