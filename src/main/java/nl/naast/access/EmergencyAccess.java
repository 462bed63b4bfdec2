package nl.naast.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.EmergencySession.ReviewOutcome;
import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.audit.EmergencyPurpose;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;

/**
 * The emergency procedure (noodprocedure, "break the glass"): a team manager of the
 * family's coordinator opens one family's file, read-only, for at most an hour, with a
 * written reason. While it is open, {@link FamilyAccess} lets the manager read and tags
 * every read in the audit log; writes stay refused. The start and the stop are audit
 * events of their own (DICOM 110127 and 110138), the family and the coordinator see a
 * notice, and another manager or an administrator reviews every use afterwards.
 *
 * <p>
 * Step-up: the caller checks that the manager re-entered their password before calling
 * {@link #open}.
 */
@Service
public class EmergencyAccess {

	static final String RESOURCE = "family.emergency";

	private final EmergencyRepository emergencies;

	private final RelationshipRepository relationships;

	private final FamilyAccess access;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final EmergencyRules rules;

	EmergencyAccess(EmergencyRepository emergencies, RelationshipRepository relationships, FamilyAccess access,
			Accounts accounts, AuditLog audit, Clock clock, EmergencyRules rules) {
		this.emergencies = emergencies;
		this.relationships = relationships;
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.rules = rules;
	}

	public EmergencyRules rules() {
		return rules;
	}

	/**
	 * Of these families, those the current manager may open in an emergency, each with
	 * the names of its coordinators: families coordinated by someone of the manager's own
	 * organisation. Empty for anyone but a manager.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> reachable(List<UUID> familyIds) {
		Optional<CurrentUser> user = accounts.currentIfSignedIn().filter(u -> u.role() == Role.MANAGER);
		if (user.isEmpty() || familyIds.isEmpty()) {
			return Map.of();
		}
		UUID organisation = accounts.find(user.get().accountId()).map(AccountSummary::organisationId).orElse(null);
		List<Relationship> coordinators = relationships.ofFamilies(familyIds, RelationshipKind.COORDINATOR);
		Map<UUID, AccountSummary> people = accounts
			.findAll(coordinators.stream().map(Relationship::accountId).distinct().toList());
		Map<UUID, List<String>> reachable = new LinkedHashMap<>();
		for (UUID familyId : familyIds) {
			List<AccountSummary> ofFamily = coordinators.stream()
				.filter(r -> r.familyId().equals(familyId))
				.map(r -> people.get(r.accountId()))
				.filter(Objects::nonNull)
				.toList();
			if (ofFamily.stream().anyMatch(c -> Objects.equals(c.organisationId(), organisation))) {
				reachable.put(familyId, ofFamily.stream().map(AccountSummary::displayName).toList());
			}
		}
		return reachable;
	}

	/** Whether the current person may open this family in an emergency. */
	@Transactional(readOnly = true)
	public boolean mayOpen(UUID familyId) {
		return reachable(List.of(familyId)).containsKey(familyId);
	}

	/**
	 * Opens the family's file to the current manager, read-only, for this many minutes.
	 * An emergency access the manager still had to this family stops first: a new reason
	 * for every use.
	 * @throws NotFoundException when the current person may not open this family
	 * @throws IllegalArgumentException for a reason or duration outside the rules (the
	 * form checks these first)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Opened open(UUID familyId, String reason, int minutes) {
		CurrentUser user = accounts.current();
		if (!mayOpen(familyId)) {
			audit.recordIndependently(new AuditEntry(FamilyAccess.actor(user), familyId, RESOURCE, AuditAction.GRANT,
					AuditOutcome.DENIED, "emergency procedure not open to this person"));
			throw new NotFoundException("No emergency access to family " + familyId);
		}
		String text = reason == null ? "" : reason.strip();
		if (text.length() < EmergencyRules.MIN_REASON || text.length() > EmergencyRules.MAX_REASON) {
			throw new IllegalArgumentException("The reason has " + text.length() + " characters");
		}
		if (minutes < 1 || minutes > rules.maxMinutes()) {
			throw new IllegalArgumentException("Emergency access of " + minutes + " minutes");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		emergencies.active(familyId, user.accountId(), now).ifPresent(previous -> stop(previous, now, actor(user)));
		EmergencySession session = new EmergencySession(Ids.next(), familyId, user.accountId(), user.displayName(),
				text, now, now.plus(Duration.ofMinutes(minutes)), null, null, null, null, null, null, 0);
		emergencies.insert(session);
		audit.record(new AuditEntry(actor(user), familyId, RESOURCE, AuditAction.GRANT, AuditOutcome.ALLOWED,
				EmergencyPurpose.tag(session.id(), "110127 Emergency Override Started; reason: " + text)));
		List<Relationship> related = relationships.ofFamily(familyId);
		return new Opened(session,
				related.stream()
					.filter(r -> r.kind() == RelationshipKind.COORDINATOR)
					.map(Relationship::accountId)
					.toList(),
				related.stream()
					.filter(r -> r.kind() == RelationshipKind.PARENT || r.kind() == RelationshipKind.YOUTH)
					.map(Relationship::accountId)
					.toList());
	}

	/**
	 * An opened emergency access and who is to be told: the family's coordinators and its
	 * parents and young people with their own access.
	 */
	public record Opened(EmergencySession session, List<UUID> coordinators, List<UUID> familyMembers) {
	}

	/** The current manager's emergency access to this family that is open now. */
	@Transactional(readOnly = true)
	public Optional<EmergencySession> activeOfCurrentUser(UUID familyId) {
		return accounts.currentIfSignedIn()
			.filter(u -> u.role() == Role.MANAGER)
			.flatMap(u -> emergencies.active(familyId, u.accountId(), clock.instant()));
	}

	/** The manager closes the file again before the time is up. */
	@Transactional
	public boolean endOwn(UUID familyId) {
		CurrentUser user = accounts.current();
		Instant now = clock.instant();
		return emergencies.active(familyId, user.accountId(), now)
			.map(session -> stop(session, now, actor(user)))
			.orElse(false);
	}

	/**
	 * Records the stop of every emergency access whose time is up; run on a schedule and
	 * before the review list is shown. Each stop is recorded once, also with several
	 * nodes.
	 * @return how many stops were recorded
	 */
	@Transactional
	public int recordExpired() {
		int stopped = 0;
		for (EmergencySession session : emergencies.expiredWithoutStop(clock.instant())) {
			if (stop(session, session.expiresAt(), Actor.SYSTEM)) {
				stopped++;
			}
		}
		return stopped;
	}

	private boolean stop(EmergencySession session, Instant at, Actor by) {
		if (!emergencies.markEnded(session.id(), at)) {
			return false;
		}
		String how = Actor.SYSTEM.equals(by) ? "expired" : "ended by " + by.name();
		audit.record(new AuditEntry(by, session.familyId(), RESOURCE, AuditAction.REVOKE, AuditOutcome.ALLOWED,
				EmergencyPurpose.tag(session.id(), "110138 Emergency Override Stopped; " + how)));
		return true;
	}

	/**
	 * Recent uses of the emergency procedure on this family, newest first, for the notice
	 * on the file: shown to whoever may see the family's overview.
	 */
	@Transactional(readOnly = true)
	public List<EmergencySession> noticesFor(UUID familyId) {
		if (!access.may(familyId, FilePart.OVERVIEW, AuditAction.VIEW)) {
			return List.of();
		}
		return emergencies.ofFamilySince(familyId, clock.instant().minus(Duration.ofDays(rules.noticeDays())));
	}

	/**
	 * Uses still to be reviewed, oldest first, for managers and administrators.
	 * @throws NotFoundException for anyone else
	 */
	@Transactional(readOnly = true)
	public List<EmergencySession> toReview() {
		return ofReviewersOrganisation(requireReviewer(), emergencies.unreviewed());
	}

	/**
	 * One use, for managers and administrators.
	 * @throws NotFoundException for an unknown use, or a person who reviews nothing
	 */
	@Transactional(readOnly = true)
	public EmergencySession toReview(UUID emergencyId) {
		CurrentUser user = requireReviewer();
		return emergencies.find(emergencyId)
			.filter(use -> !ofReviewersOrganisation(user, List.of(use)).isEmpty())
			.orElseThrow(() -> new NotFoundException("No emergency access " + emergencyId));
	}

	/** The most recent reviews, for managers and administrators. */
	@Transactional(readOnly = true)
	public List<EmergencySession> recentlyReviewed() {
		return ofReviewersOrganisation(requireReviewer(), emergencies.reviewed(50));
	}

	/**
	 * Reviews one use afterwards. Never by the person who used it, and only once the
	 * access has stopped.
	 * @throws NotFoundException for an unknown use, or a person who reviews nothing
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Review review(UUID emergencyId, ReviewOutcome outcome, String note, int version) {
		CurrentUser user = requireReviewer();
		EmergencySession session = emergencies.find(emergencyId)
			.filter(use -> !ofReviewersOrganisation(user, List.of(use)).isEmpty())
			.orElseThrow(() -> new NotFoundException("No emergency access " + emergencyId));
		if (session.accountId().equals(user.accountId())) {
			audit.recordIndependently(new AuditEntry(actor(user), session.familyId(), RESOURCE + ".review",
					AuditAction.UPDATE, AuditOutcome.DENIED,
					EmergencyPurpose.tag(session.id(), "review refused: the same person opened the file")));
			return Review.SAME_PERSON;
		}
		if (session.activeAt(clock.instant())) {
			return Review.STILL_OPEN;
		}
		if (!emergencies.review(emergencyId, version, outcome, note, user.accountId(), user.displayName(),
				clock.instant())) {
			return Review.CHANGED;
		}
		audit.record(new AuditEntry(actor(user), session.familyId(), RESOURCE + ".review", AuditAction.UPDATE,
				AuditOutcome.ALLOWED, EmergencyPurpose.tag(session.id(), "reviewed: " + outcome.name())));
		return Review.REVIEWED;
	}

	/** How a review went. */
	public enum Review {

		REVIEWED,
		/** whoever opened the file never reviews it */
		SAME_PERSON,
		/** the access is still open: reviewed afterwards */
		STILL_OPEN,
		/** someone else reviewed it, or it changed, in the meantime */
		CHANGED

	}

	/**
	 * Administrators review every use; a manager only those of managers of their own
	 * organisation, whose families and reasons are theirs to know.
	 */
	private List<EmergencySession> ofReviewersOrganisation(CurrentUser reviewer, List<EmergencySession> uses) {
		if (reviewer.role() == Role.ADMIN || uses.isEmpty()) {
			return uses;
		}
		UUID organisation = accounts.find(reviewer.accountId()).map(AccountSummary::organisationId).orElse(null);
		Map<UUID, AccountSummary> openers = accounts
			.findAll(uses.stream().map(EmergencySession::accountId).distinct().toList());
		return uses.stream()
			.filter(use -> openers.containsKey(use.accountId())
					&& Objects.equals(openers.get(use.accountId()).organisationId(), organisation))
			.toList();
	}

	private CurrentUser requireReviewer() {
		CurrentUser user = accounts.current();
		if (user.role() != Role.MANAGER && user.role() != Role.ADMIN) {
			throw new NotFoundException("Only managers and administrators review emergency access");
		}
		return user;
	}

	private static Actor actor(CurrentUser user) {
		return FamilyAccess.actor(user);
	}

}
