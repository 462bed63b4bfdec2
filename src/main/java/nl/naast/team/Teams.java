package nl.naast.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.Consents;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyDirectory;
import nl.naast.identity.AccountRoleConflictException;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.Hashing;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.Tokens;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailProperties;
import nl.naast.shared.mail.Postbox;
import nl.naast.shared.web.FormErrors;

/**
 * The temporary team around a family: the coordinator invites professionals with a stated
 * mandate, each professional accepts, the family agrees (or not) and decides per part
 * what each member may see.
 */
@Service
public class Teams {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	private final MembershipRepository memberships;

	private final FamilyAccess access;

	private final Consents consents;

	private final FamilyDirectory families;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Postbox postbox;

	private final MailProperties mail;

	private final MessageSource messages;

	private final Clock clock;

	private final ClosingRepository closings;

	private final YouthViewRepository youthViews;

	private final TeamProperties properties;

	Teams(MembershipRepository memberships, ClosingRepository closings, YouthViewRepository youthViews,
			FamilyAccess access, Consents consents, FamilyDirectory families, Accounts accounts, AuditLog audit,
			Postbox postbox, MailProperties mail, MessageSource messages, TeamProperties properties, Clock clock) {
		this.memberships = memberships;
		this.closings = closings;
		this.youthViews = youthViews;
		this.properties = properties;
		this.access = access;
		this.consents = consents;
		this.families = families;
		this.accounts = accounts;
		this.audit = audit;
		this.postbox = postbox;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** "Wie helpen ons, en wat mogen zij zien?" */
	@Transactional
	public TeamView team(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.TEAM, AuditAction.VIEW, "family.team");
		List<Membership> all = memberships.ofFamily(familyId);
		Map<UUID, AccountSummary> people = accounts.findAll(all.stream().map(Membership::accountId).toList());
		boolean seesConsent = grant.relationship() == RelationshipKind.PARENT
				|| grant.relationship() == RelationshipKind.COORDINATOR;
		Map<UUID, Set<FilePart>> consented = consents.partsByMember(grant);
		List<MemberRow> members = new ArrayList<>();
		List<MemberRow> requests = new ArrayList<>();
		List<MemberRow> invited = new ArrayList<>();
		List<MemberRow> former = new ArrayList<>();
		for (Membership m : all) {
			AccountSummary person = people.get(m.accountId());
			// the family and the coordinator see what each member may see; a member sees
			// their own
			boolean showParts = seesConsent || m.accountId().equals(grant.accountId());
			Set<FilePart> parts = showParts && m.status() == MembershipStatus.ACTIVE
					? consented.getOrDefault(m.accountId(), Set.of()) : Set.of();
			MemberRow row = new MemberRow(m.id(), m.accountId(), person.displayName(), person.organisationName(),
					person.email(), m.roleForFamily(), m.task(), m.notTask(), m.status(),
					m.joinedAt() != null ? m.joinedAt() : m.invitedAt(), m.endedAt(), parts);
			switch (m.status()) {
				case ACTIVE -> members.add(row);
				case ACCEPTED -> requests.add(row);
				case INVITED -> {
					if (m.expiresAt().isAfter(clock.instant())) {
						invited.add(row);
					}
				}
				default -> former.add(row);
			}
		}
		List<RelatedPerson> coordinators = access.relatedPeople(grant)
			.stream()
			.filter(p -> p.kind() == RelationshipKind.COORDINATOR)
			.toList();
		boolean family = grant.relationship() != RelationshipKind.TEAM_MEMBER;
		return new TeamView(familyId, families.name(familyId), grant.relationship(), grant.accountId(), coordinators,
				members, family || seesConsent ? requests : List.of(), seesConsent ? invited : List.of(),
				family ? former : List.of(), seesConsent ? consents.history(grant) : List.of(), closing(familyId),
				youthViewsFor(grant));
	}

	/**
	 * The result of inviting: the errors to show, or none.
	 *
	 * @param token the one-time token mailed to the professional; null when not invited
	 */
	public record Invited(FormErrors errors, String token) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	/**
	 * The coordinator invites a professional: an existing account gets an invitation
	 * link, a new person also gets a link to choose a password. Inviting someone who is
	 * already invited or in the team changes nothing.
	 */
	@Transactional(noRollbackFor = AccountRoleConflictException.class)
	public Invited invite(UUID familyId, InvitationForm form) {
		FamilyGrant coordinator = access.authorise(familyId, FilePart.TEAM, AuditAction.CREATE, "family.team");
		Optional<AccountSummary> existing = accounts.findByEmail(form.email().strip());
		FormErrors errors = form.validate(existing.isPresent());
		if (existing.isPresent() && existing.get().role() != Role.PARTNER
				&& existing.get().role() != Role.COORDINATOR) {
			errors.add("email", "team.invite.notAProfessional");
		}
		if (existing.isPresent() && errors.isEmpty() && memberships.openFor(familyId, existing.get().id())) {
			errors.add("email", "team.invite.alreadyInvited");
		}
		if (!errors.isEmpty()) {
			return new Invited(errors, null);
		}
		AccountSummary professional = existing
			.orElseGet(() -> accounts.invite(form.email().strip(), form.name().strip(), Role.PARTNER, null));
		String token = Tokens.next();
		Instant now = clock.instant();
		Membership membership = new Membership(Ids.next(), familyId, professional.id(), form.roleForFamily().strip(),
				form.task().strip(), form.notTask().isBlank() ? null : form.notTask().strip(), MembershipStatus.INVITED,
				now.plus(INVITATION_LIFETIME), coordinator.accountId(), now, null, null, 0);
		memberships.insert(membership, Hashing.sha256Hex(token), coordinator.accountId(), now);
		audit.record(entry(coordinator.user(), familyId, "family.team.invitation", AuditAction.CREATE,
				professional.displayName()));
		sendInvitation(professional, coordinator.user(), token);
		return new Invited(errors, token);
	}

	/**
	 * An invitation as the signed-in professional sees it; unusable links say why, in
	 * plain words.
	 */
	@Transactional(readOnly = true)
	public InvitationView invitation(String token) {
		Optional<Membership> found = usable(token);
		if (found.isEmpty()) {
			return InvitationView.unusable("invitation.invalid");
		}
		Membership m = found.get();
		if (!m.accountId().equals(accounts.current().accountId())) {
			return InvitationView.unusable("invitation.someoneElse");
		}
		return new InvitationView(token, families.name(m.familyId()), inviterName(m), m.roleForFamily(), m.task(),
				m.notTask(), null);
	}

	/**
	 * The professional answers. Accepting does not open the family yet: the family
	 * decides first.
	 * @return the family's id when accepted, for the way back
	 */
	@Transactional
	public Optional<UUID> answer(String token, boolean accept) {
		CurrentUser user = accounts.current();
		Membership m = usable(token).filter(found -> found.accountId().equals(user.accountId()))
			.orElseThrow(() -> new NotFoundException("No usable invitation"));
		memberships.move(m, accept ? MembershipStatus.ACCEPTED : MembershipStatus.DECLINED, user.accountId(),
				clock.instant());
		audit.record(entry(user, m.familyId(), "family.team.invitation",
				accept ? AuditAction.UPDATE : AuditAction.REVOKE, accept ? "accepted" : "declined"));
		return accept ? Optional.of(m.familyId()) : Optional.empty();
	}

	/** A parent agrees that a professional who accepted joins the team, or refuses. */
	@Transactional
	public void decideOnRequest(UUID familyId, UUID membershipId, boolean agree) {
		FamilyGrant parent = access.authorise(familyId, FilePart.TEAM, agree ? AuditAction.GRANT : AuditAction.REVOKE,
				"family.team");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only the family decides who joins");
		}
		Membership m = memberships.find(familyId, membershipId)
			.filter(found -> found.status() == MembershipStatus.ACCEPTED)
			.orElseThrow(() -> new NotFoundException("No open request"));
		memberships.move(m, agree ? MembershipStatus.ACTIVE : MembershipStatus.REFUSED, parent.accountId(),
				clock.instant());
		if (agree) {
			access.admitTeamMember(parent, m.accountId());
		}
		audit.record(entry(parent.user(), familyId, "family.team", agree ? AuditAction.GRANT : AuditAction.REVOKE,
				name(m.accountId())));
	}

	/** A parent sets what a team member may see. */
	@Transactional
	public void decideConsent(UUID familyId, UUID membershipId, Set<FilePart> parts) {
		FamilyGrant parent = access.authorise(familyId, FilePart.CONSENT, AuditAction.UPDATE, "family.consent");
		Membership m = memberships.find(familyId, membershipId)
			.filter(found -> found.status() == MembershipStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("No active member"));
		consents.decide(parent, m.accountId(), name(m.accountId()), parts);
	}

	/**
	 * Ends a membership: the member leaves, or the coordinator or a parent removes them.
	 * Access ends at once; the membership and the consent history stay.
	 */
	@Transactional
	public void end(UUID familyId, UUID membershipId) {
		FamilyGrant grant = access.authorise(familyId, FilePart.TEAM, AuditAction.REVOKE, "family.team");
		Membership m = memberships.find(familyId, membershipId)
			.filter(found -> found.status().open())
			.orElseThrow(() -> new NotFoundException("No open membership"));
		boolean leaving = m.accountId().equals(grant.accountId());
		if (grant.relationship() == RelationshipKind.TEAM_MEMBER && !leaving) {
			throw new NotFoundException("A member can only end their own membership");
		}
		if (m.status() == MembershipStatus.ACTIVE) {
			access.endTeamMembership(grant, m.accountId());
		}
		memberships.move(m, leaving ? MembershipStatus.LEFT : MembershipStatus.REMOVED, grant.accountId(),
				clock.instant());
		audit.record(entry(grant.user(), familyId, "family.team", AuditAction.REVOKE, name(m.accountId())));
	}

	/**
	 * The coordinator records consent the family gave on paper (who signed, when, a
	 * note). It counts as the family's decision for this member and shows in the family's
	 * consent history.
	 */
	@Transactional
	public FormErrors recordPaperConsent(UUID familyId, UUID membershipId, PaperConsentForm form) {
		FamilyGrant coordinator = access.authorise(familyId, FilePart.TEAM, AuditAction.UPDATE, "family.consent");
		if (!coordinator.isCoordinator()) {
			throw new NotFoundException("Only the coordinator records paper consent");
		}
		Membership m = memberships.find(familyId, membershipId)
			.filter(found -> found.status() == MembershipStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("No active member"));
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("team.paper." + field));
		form.validate(errors, today())
			.ifPresent(signedOn -> consents.recordOnPaper(coordinator, m.accountId(), name(m.accountId()),
					form.chosenParts(), form.givenBy().strip(), signedOn, form.note().strip()));
		return errors;
	}

	/**
	 * The coordinator ends the team's work with the family: closing summary, handover and
	 * the family's words are kept; the file becomes read-only for professionals and its
	 * retention clock starts.
	 */
	@Transactional
	public FormErrors close(UUID familyId, ClosingForm form) {
		FamilyGrant coordinator = access.authorise(familyId, FilePart.TEAM, AuditAction.UPDATE, "family.team.closing");
		if (!coordinator.isCoordinator()) {
			throw new NotFoundException("Only the coordinator ends the team's work");
		}
		FormErrors errors = form.validate();
		if (!errors.isEmpty()) {
			return errors;
		}
		if (access.retentionUntil(familyId).isPresent()) {
			throw new nl.naast.shared.ConcurrentEditException("The team's work already ended");
		}
		closings.insert(familyId, form, coordinator.accountId(), clock.instant());
		access.closeFamily(coordinator, today().plus(properties.retentionAfterClosure()));
		audit.record(entry(coordinator.user(), familyId, "family.team.closing", AuditAction.CREATE, null));
		return errors;
	}

	/**
	 * A parent adds or changes the family's own closing words, also after the team's work
	 * ended.
	 */
	@Transactional
	public FormErrors setFamilyWords(UUID familyId, String words, int version) {
		FamilyGrant parent = access.authorise(familyId, FilePart.TEAM, AuditAction.UPDATE, "family.team.closing");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("Only the family writes its closing words");
		}
		ClosingForm form = new ClosingForm("-", "", words);
		FormErrors errors = form.validate();
		if (errors.isEmpty()) {
			closings.setFamilyWords(familyId, words, version, parent.accountId(), clock.instant());
			audit.record(entry(parent.user(), familyId, "family.team.closing", AuditAction.UPDATE, null));
		}
		return errors;
	}

	/**
	 * A young person gives their view on a team member seeing the family's file. They are
	 * heard; the parents decide, and see this view beside their choice.
	 */
	@Transactional
	public FormErrors giveYouthView(UUID familyId, UUID membershipId, YouthView.Opinion opinion, String comment) {
		FamilyGrant youth = access.authorise(familyId, FilePart.TEAM, AuditAction.VIEW, "family.team");
		if (youth.relationship() != RelationshipKind.YOUTH) {
			throw new NotFoundException("Only a young person gives their own view");
		}
		Membership m = memberships.find(familyId, membershipId)
			.filter(found -> found.status() == MembershipStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("No active member"));
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("team.youth." + field));
		if (opinion == null) {
			errors.add("opinion", "validation.choose");
		}
		String text = comment == null ? "" : comment.strip();
		if (text.length() > 1000) {
			errors.add("comment", "validation.tooLong", 1000);
		}
		if (errors.isEmpty()) {
			youthViews.save(familyId,
					new YouthView(youth.accountId(), null, m.accountId(), opinion, text.isEmpty() ? null : text),
					clock.instant());
			audit.record(entry(youth.user(), familyId, "family.team.youth-view", AuditAction.UPDATE, null));
		}
		return errors;
	}

	/**
	 * Parents see every young person's view; a young person sees their own; others see
	 * none.
	 */
	private List<YouthView> youthViewsFor(FamilyGrant grant) {
		if (grant.relationship() != RelationshipKind.PARENT && grant.relationship() != RelationshipKind.YOUTH) {
			return List.of();
		}
		List<YouthView> views = youthViews.ofFamily(grant.familyId())
			.stream()
			.filter(v -> grant.relationship() == RelationshipKind.PARENT
					|| v.youthAccountId().equals(grant.accountId()))
			.toList();
		Map<UUID, AccountSummary> names = accounts.findAll(views.stream().map(YouthView::youthAccountId).toList());
		return views.stream()
			.map(v -> new YouthView(v.youthAccountId(), names.get(v.youthAccountId()).displayName(),
					v.memberAccountId(), v.opinion(), v.comment()))
			.toList();
	}

	private Closing closing(UUID familyId) {
		return access.retentionUntil(familyId).flatMap(until -> closings.find(familyId, until)).orElse(null);
	}

	private java.time.LocalDate today() {
		return nl.naast.shared.DisplayTime.today(clock);
	}

	private Optional<Membership> usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return memberships.byToken(Hashing.sha256Hex(token))
			.filter(m -> m.status() == MembershipStatus.INVITED)
			.filter(m -> m.expiresAt().isAfter(clock.instant()));
	}

	private String name(UUID accountId) {
		return accounts.find(accountId).map(AccountSummary::displayName).orElse("?");
	}

	private String inviterName(Membership m) {
		return name(m.invitedBy());
	}

	private void sendInvitation(AccountSummary professional, CurrentUser coordinator, String token) {
		String url = mail.baseUrl() + "/invitations/" + token;
		Object[] args = { professional.displayName(), coordinator.displayName(), url, INVITATION_LIFETIME.toDays() };
		java.util.Locale dutch = java.util.Locale.forLanguageTag("nl");
		String subject = messages.getMessage("mail.invitation.subject", null, dutch) + " / "
				+ messages.getMessage("mail.invitation.subject", null, java.util.Locale.ENGLISH);
		String body = messages.getMessage("mail.invitation.body", args, dutch) + "\n\n-----\n\n"
				+ messages.getMessage("mail.invitation.body", args, java.util.Locale.ENGLISH);
		postbox.send(new Mail(professional.email(), subject, body));
	}

	private static AuditEntry entry(CurrentUser user, UUID familyId, String resource, AuditAction action,
			String reason) {
		return new AuditEntry(
				new Actor(user.accountId(), user.displayName(), user.role().name(), user.organisationName()), familyId,
				resource, action, AuditOutcome.ALLOWED, reason);
	}

}
