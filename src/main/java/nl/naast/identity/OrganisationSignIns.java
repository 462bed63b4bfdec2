package nl.naast.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.ConcurrentEditException;

/**
 * Organisations whose professionals sign in through their own identity provider, and the
 * link between a provider's person and a Naast account.
 */
@Service
public class OrganisationSignIns {

	private static final String SELECT = """
			SELECT s.organisation_id, o.name, s.issuer_uri, s.client_id, s.client_secret_sealed, s.email_domains,
			       s.second_step_at_provider, s.enabled, s.version
			FROM organisation_sign_in s JOIN organisation o ON o.id = s.organisation_id
			""";

	private final JdbcClient jdbc;

	private final SecretSeal seal;

	private final AccountRepository accounts;

	private final IdentityProviders providers;

	private final Clock clock;

	OrganisationSignIns(JdbcClient jdbc, SecretSeal seal, AccountRepository accounts, IdentityProviders providers,
			Clock clock) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.accounts = accounts;
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * Whether the provider answers with settings Naast can use, read afresh (not from
	 * what was remembered).
	 */
	public boolean providerAnswers(String issuerUri) {
		providers.forget(issuerUri);
		return providers.metadata(issuerUri).isPresent();
	}

	/** Per organisation with settings: whether sign-in through its provider is on. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Boolean> switchedOn() {
		java.util.Map<UUID, Boolean> on = new java.util.HashMap<>();
		jdbc.sql("SELECT organisation_id, enabled FROM organisation_sign_in").query(rs -> {
			on.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
		});
		return on;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSignIn> of(UUID organisationId) {
		return stored(organisationId).map(Stored::settings);
	}

	/**
	 * Organisations with sign-in switched on, by name, filtered by part of their name.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSignIn.Choice> choices(String query, int limit) {
		String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
		return jdbc.sql("""
				SELECT o.id, o.name FROM organisation_sign_in s JOIN organisation o ON o.id = s.organisation_id
				WHERE s.enabled AND o.name_key LIKE ? ORDER BY o.name LIMIT ?""")
			.params(like, limit)
			.query((rs, n) -> new OrganisationSignIn.Choice(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/**
	 * Whether a secret was stored before, so that the administrator may leave it blank.
	 */
	@Transactional(readOnly = true)
	public boolean hasSecret(UUID organisationId) {
		return stored(organisationId).isPresent();
	}

	/**
	 * Saves the settings. A blank {@code newSecret} keeps the stored one. {@code version}
	 * is the version the administrator saw, or {@code null} when there was none yet.
	 * @throws ConcurrentEditException when someone saved in between
	 */
	@Transactional
	public void save(UUID organisationId, OrganisationSignIn.Settings settings, String newSecret, Integer version) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		String domains = String.join(",", settings.emailDomains());
		boolean keepSecret = newSecret == null || newSecret.isBlank();
		if (version == null) {
			if (stored(organisationId).isPresent() || keepSecret) {
				throw new ConcurrentEditException("Sign-in settings were added meanwhile");
			}
			jdbc.sql("""
					INSERT INTO organisation_sign_in (organisation_id, issuer_uri, client_id, client_secret_sealed,
					  email_domains, second_step_at_provider, enabled, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(organisationId, settings.issuerUri(), settings.clientId(), seal.seal(newSecret), domains,
						settings.secondStepAtProvider(), settings.enabled(), now)
				.update();
			return;
		}
		int updated = jdbc.sql("""
				UPDATE organisation_sign_in SET issuer_uri = ?, client_id = ?,
				  client_secret_sealed = COALESCE(?, client_secret_sealed), email_domains = ?,
				  second_step_at_provider = ?, enabled = ?, updated_at = ?, version = version + 1
				WHERE organisation_id = ? AND version = ?""")
			.params(settings.issuerUri(), settings.clientId(), keepSecret ? null : seal.seal(newSecret), domains,
					settings.secondStepAtProvider(), settings.enabled(), now, organisationId, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Sign-in settings changed meanwhile");
		}
	}

	/** What the sign-in needs, secret opened; only for switched-on organisations. */
	Optional<Registration> registration(UUID organisationId) {
		return stored(organisationId).filter(s -> s.settings().enabled())
			.map(s -> new Registration(s.settings(), seal.open(s.sealedSecret())));
	}

	record Registration(OrganisationSignIn settings, String clientSecret) {
	}

	/**
	 * The Naast account of a person the organisation's provider vouched for, or nothing.
	 * The first time, the person is linked by address: an enabled professional account of
	 * this organisation, whose address is in one of its domains and which the provider
	 * does not call unverified. After that, only the provider's subject counts.
	 */
	@Transactional
	Optional<AccountRepository.StoredAccount> accountFor(UUID organisationId, String issuer, String subject,
			String email, Boolean emailVerified) {
		Optional<OrganisationSignIn> organisation = of(organisationId).filter(OrganisationSignIn::enabled);
		if (organisation.isEmpty() || subject == null || subject.isBlank()) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		Optional<UUID> linked = jdbc.sql(
				"SELECT account_id FROM external_identity WHERE issuer_uri = ? AND subject = ? AND organisation_id = ?")
			.params(issuer, subject, organisationId)
			.query(UUID.class)
			.optional();
		if (linked.isPresent()) {
			Optional<AccountRepository.StoredAccount> account = accounts.byId(linked.get())
				.filter(a -> mayUse(a, organisationId));
			account.ifPresent(
					a -> jdbc.sql("UPDATE external_identity SET last_used_at = ? WHERE issuer_uri = ? AND subject = ?")
						.params(now, issuer, subject)
						.update());
			return account;
		}
		if (email == null || Boolean.FALSE.equals(emailVerified)
				|| !inDomains(email, organisation.get().emailDomains())) {
			return Optional.empty();
		}
		Optional<AccountRepository.StoredAccount> account = accounts.byEmail(email)
			.filter(a -> mayUse(a, organisationId))
			.filter(a -> !linkedElsewhere(a.id(), issuer));
		account.ifPresent(a -> jdbc
			.sql("""
					INSERT INTO external_identity (issuer_uri, subject, account_id, organisation_id, linked_at, last_used_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
			.params(issuer, subject, a.id(), organisationId, now, now)
			.update());
		return account;
	}

	/** Parents and young people never sign in through an organisation. */
	private static boolean mayUse(AccountRepository.StoredAccount account, UUID organisationId) {
		return account.enabled() && account.role().professional() && organisationId.equals(account.organisationId());
	}

	private boolean linkedElsewhere(UUID accountId, String issuer) {
		return jdbc.sql("SELECT COUNT(*) FROM external_identity WHERE account_id = ? AND issuer_uri = ?")
			.params(accountId, issuer)
			.query(Long.class)
			.single() > 0;
	}

	static boolean inDomains(String email, List<String> domains) {
		String address = AccountRepository.normalise(email);
		int at = address.lastIndexOf('@');
		return at > 0 && domains.contains(address.substring(at + 1));
	}

	private Optional<Stored> stored(UUID organisationId) {
		return jdbc.sql(SELECT + " WHERE s.organisation_id = ?")
			.param(organisationId)
			.query((rs,
					n) -> new Stored(new OrganisationSignIn(rs.getObject(1, UUID.class), rs.getString(2),
							rs.getString(3), rs.getString(4),
							Arrays.stream(rs.getString(6).split(",")).filter(d -> !d.isBlank()).toList(),
							rs.getBoolean(7), rs.getBoolean(8), rs.getInt(9)), rs.getString(5)))
			.optional();
	}

	private record Stored(OrganisationSignIn settings, String sealedSecret) {
	}

}
