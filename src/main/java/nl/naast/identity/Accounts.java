package nl.naast.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.identity.AccountRepository.StoredAccount;
import nl.naast.identity.PasswordLinks.Purpose;
import nl.naast.shared.Ids;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailProperties;
import nl.naast.shared.mail.Postbox;

/**
 * Accounts as the rest of Naast uses them: who is signed in, finding people, inviting new
 * ones.
 */
@Service
public class Accounts {

	private final AccountRepository repository;

	private final PasswordLinks links;

	private final PasswordEncoder encoder;

	private final Postbox postbox;

	private final MessageSource messages;

	private final MailProperties mail;

	private final java.time.Clock clock;

	private final LoginThrottle throttle;

	Accounts(AccountRepository repository, PasswordLinks links, PasswordEncoder encoder, Postbox postbox,
			MessageSource messages, MailProperties mail, java.time.Clock clock, LoginThrottle throttle) {
		this.throttle = throttle;
		this.repository = repository;
		this.links = links;
		this.encoder = encoder;
		this.postbox = postbox;
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
	}

	/** The person making the current request. */
	public CurrentUser current() {
		return currentIfSignedIn().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
	}

	public Optional<CurrentUser> currentIfSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !(authentication.getPrincipal() instanceof NaastUser user)) {
			return Optional.empty();
		}
		return Optional.of(user.toCurrentUser());
	}

	/**
	 * Runs work as the given person, outside any web request: for seeding demo data and
	 * for tests. The previous sign-in (if any) is restored afterwards.
	 */
	public <T> T actingAs(UUID accountId, java.util.function.Supplier<T> work) {
		NaastUser user = repository.byId(accountId)
			.map(StoredAccount::user)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Step-up for a sensitive action (the emergency procedure): whether the signed-in
	 * person typed their own current password again. Checked with the same encoder as
	 * sign-in.
	 */
	@Transactional(readOnly = true)
	public boolean confirmsPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty()) {
			return false;
		}
		// a wrong password here counts towards the same per-account limit as at sign-in,
		// so a stolen session cannot guess the password through this form
		return currentIfSignedIn().flatMap(user -> repository.byId(user.accountId()))
			.filter(account -> account.enabled() && account.passwordHash() != null)
			.filter(account -> !throttle.blockedAccount(account.email()))
			.map(account -> {
				boolean matches = encoder.matches(rawPassword, account.passwordHash());
				if (!matches) {
					throttle.failedAccount(account.email());
				}
				return matches;
			})
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(UUID id) {
		return repository.byId(id).map(StoredAccount::summary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByEmail(String email) {
		return repository.byEmail(email).map(StoredAccount::summary);
	}

	/**
	 * Several accounts at once, by id, for lists that show names (one query, not one per
	 * row).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
		return repository.byIds(ids)
			.stream()
			.map(StoredAccount::summary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public List<AccountSummary> withRole(Role role) {
		return repository.byRole(role).stream().map(StoredAccount::summary).toList();
	}

	/**
	 * The professionals of the current person's own organisation, without them: the
	 * colleagues to invite to an intervision session.
	 */
	@Transactional(readOnly = true)
	public List<AccountSummary> colleagues() {
		CurrentUser me = current();
		return repository.byId(me.accountId())
			.map(StoredAccount::summary)
			.filter(a -> a.organisationId() != null)
			.map(a -> repository.professionalsOf(a.organisationId(), 200)
				.stream()
				.map(StoredAccount::summary)
				.filter(c -> !c.id().equals(me.accountId()))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Slice<AccountSummary> search(String query, PageRequest page) {
		return repository.page(query, page).map(StoredAccount::summary);
	}

	/**
	 * Creates an account without a password and mails a one-time link to choose one.
	 * @throws AccountRoleConflictException when the address is taken
	 */
	@Transactional(noRollbackFor = AccountRoleConflictException.class)
	public AccountSummary invite(String email, String displayName, Role role, UUID organisationId) {
		if (repository.byEmail(email).isPresent()) {
			throw new AccountRoleConflictException("An account with this e-mail address exists");
		}
		UUID id = Ids.next();
		repository.insert(id, email, displayName.strip(), null, role, organisationId, clock.instant());
		sendLink(id, AccountRepository.normalise(email), displayName.strip(), Purpose.ACTIVATION);
		return repository.byId(id).orElseThrow().summary();
	}

	/**
	 * The account of a family member with this address: the existing one when its role
	 * fits, otherwise a new invited one.
	 * @throws AccountRoleConflictException when the address belongs to an account with
	 * another role
	 */
	@Transactional(noRollbackFor = AccountRoleConflictException.class)
	public AccountSummary findOrInvite(String email, String displayName, Role role) {
		Optional<StoredAccount> existing = repository.byEmail(email);
		if (existing.isPresent()) {
			if (existing.get().role() != role) {
				throw new AccountRoleConflictException("The address belongs to an account with another role");
			}
			return existing.get().summary();
		}
		return invite(email, displayName, role, null);
	}

	/** Only for demo data and tests: an account that can sign in at once. */
	@Transactional
	public AccountSummary createWithPassword(String email, String displayName, Role role, UUID organisationId,
			String rawPassword) {
		UUID id = Ids.next();
		repository.insert(id, email, displayName, encoder.encode(rawPassword), role, organisationId, clock.instant());
		return repository.byId(id).orElseThrow().summary();
	}

	@Transactional(readOnly = true)
	public boolean anyExist() {
		return repository.any();
	}

	@Transactional
	public void setEnabled(UUID accountId, boolean enabled) {
		repository.setEnabled(accountId, enabled);
		if (!enabled) {
			// signed-in sessions end on their next request, on every node
			repository.endSessions(accountId);
		}
	}

	/**
	 * Erases a person's account when their family's data is erased: disabled, no name, no
	 * e-mail address, no tokens. The id stays, because records point at it.
	 */
	@Transactional
	public void erase(UUID accountId) {
		repository.erase(accountId);
	}

	/**
	 * "Forgot password": mails a reset link when the account exists; the caller shows the
	 * same answer anyway.
	 */
	@Transactional
	public void requestReset(String email) {
		repository.byEmail(email)
			.filter(StoredAccount::enabled)
			.ifPresent(account -> sendLink(account.id(), account.email(), account.displayName(), Purpose.RESET));
	}

	/**
	 * Sets the password chosen through a one-time link. False when the link is no longer
	 * valid.
	 */
	@Transactional
	public boolean choosePassword(String token, String rawPassword) {
		Optional<UUID> holder = links.holder(token);
		if (holder.isEmpty() || !links.consume(token)) {
			return false;
		}
		repository.setPassword(holder.get(), encoder.encode(rawPassword));
		// whoever knew the old password is signed out everywhere
		repository.endSessions(holder.get());
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> linkHolder(String token) {
		return links.holder(token).flatMap(repository::byId).map(StoredAccount::summary);
	}

	private void sendLink(UUID accountId, String email, String name, Purpose purpose) {
		String token = links.issue(accountId, purpose);
		String url = mail.baseUrl() + "/password/choose?token=" + token;
		String key = purpose == Purpose.ACTIVATION ? "mail.activation" : "mail.reset";
		Object[] args = { name, url, purpose == Purpose.ACTIVATION ? 7 : 60 };
		String subject = messages.getMessage(key + ".subject", null, java.util.Locale.forLanguageTag("nl")) + " / "
				+ messages.getMessage(key + ".subject", null, java.util.Locale.ENGLISH);
		String body = messages.getMessage(key + ".body", args, java.util.Locale.forLanguageTag("nl")) + "\n\n-----\n\n"
				+ messages.getMessage(key + ".body", args, java.util.Locale.ENGLISH);
		postbox.send(new Mail(email, subject, body));
	}

}
