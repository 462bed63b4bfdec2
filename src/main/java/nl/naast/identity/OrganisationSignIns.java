package nl.naast.identity;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
			       s.second_step_at_provider, s.addresses_kept_by_provider, s.enabled, s.version
			FROM organisation_sign_in s JOIN organisation o ON o.id = s.organisation_id
			""";

	/** Who may sign in through their organisation: those who work with families. */
	private static final Set<Role> THROUGH_ORGANISATION = EnumSet.of(Role.COORDINATOR, Role.PARTNER, Role.MANAGER);

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
		if (!acceptableIssuer(issuerUri)) {
			return false;
		}
		providers.forget(issuerUri);
		return providers.metadata(issuerUri).isPresent();
	}

	/**
	 * Whether Naast may fetch from this address: https to a public host name; where local
	 * providers are allowed (tests) also plain http on this machine. No user info, query
	 * or fragment. Naast fetches what this address publishes, so the field must not point
	 * Naast at its own network.
	 */
	public boolean acceptableIssuer(String value) {
		try {
			URI uri = new URI(value);
			if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				return false;
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			if (providers.localAllowed()) {
				return "https".equals(uri.getScheme())
						|| ("http".equals(uri.getScheme()) && Set.of("localhost", "127.0.0.1", "[::1]").contains(host));
			}
			return "https".equals(uri.getScheme()) && !local(host);
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/** This machine, a private or link-local network, or a name without a dot. */
	private static boolean local(String host) {
		if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
				|| host.endsWith(".internal") || !host.contains(".")) {
			return true;
		}
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
			return false;
		}
		try {
			InetAddress address = InetAddress.getByName(literal);
			return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()
					|| (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
		}
		catch (UnknownHostException e) {
			return true;
		}
	}

	/** Per organisation with settings: whether sign-in through its provider is on. */
	@Transactional(readOnly = true)
	public Map<UUID, Boolean> switchedOn() {
		Map<UUID, Boolean> on = new HashMap<>();
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
					  email_domains, second_step_at_provider, addresses_kept_by_provider, enabled, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(organisationId, settings.issuerUri(), settings.clientId(), seal.seal(newSecret), domains,
						settings.secondStepAtProvider(), settings.addressesKeptByProvider(), settings.enabled(), now)
				.update();
			return;
		}
		int updated = jdbc
			.sql("""
					UPDATE organisation_sign_in SET issuer_uri = ?, client_id = ?,
					  client_secret_sealed = COALESCE(?, client_secret_sealed), email_domains = ?,
					  second_step_at_provider = ?, addresses_kept_by_provider = ?, enabled = ?, updated_at = ?, version = version + 1
					WHERE organisation_id = ? AND version = ?""")
			.params(settings.issuerUri(), settings.clientId(), keepSecret ? null : seal.seal(newSecret), domains,
					settings.secondStepAtProvider(), settings.addressesKeptByProvider(), settings.enabled(), now,
					organisationId, version)
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

	/** Whether secrets can be sealed here: a key is configured. */
	public boolean canKeepSecrets() {
		return seal.available();
	}

	/**
	 * The Naast account of a person the organisation's provider vouched for, or nothing.
	 * The first time, the person is linked by address: an enabled coordinator, partner or
	 * manager account of this organisation, whose plain (ASCII) address is in one of its
	 * domains and marked verified by the provider (or not marked, where the administrator
	 * confirmed that the organisation keeps the addresses). After that, only the
	 * provider's subject counts. Administrators and trainers never sign in this way: the
	 * organisation's provider must not be able to make someone a Naast administrator.
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
		boolean verified = Boolean.TRUE.equals(emailVerified)
				|| (emailVerified == null && organisation.get().addressesKeptByProvider());
		if (email == null || !verified || !plain(email) || !inDomains(email, organisation.get().emailDomains())) {
			return Optional.empty();
		}
		Optional<AccountRepository.StoredAccount> account = accounts.byEmail(email)
			.filter(a -> mayUse(a, organisationId))
			.filter(a -> !linkedElsewhere(a.id(), issuer));
		if (account.isEmpty()) {
			return account;
		}
		// two first sign-ins at once: the database lets one link win, the other is
		// refused
		int linkedNow = jdbc
			.sql("""
					INSERT INTO external_identity (issuer_uri, subject, account_id, organisation_id, linked_at, last_used_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(issuer, subject, account.get().id(), organisationId, now, now)
			.update();
		return linkedNow == 1 ? account : Optional.empty();
	}

	/** Only those who work with families sign in through their organisation. */
	private static boolean mayUse(AccountRepository.StoredAccount account, UUID organisationId) {
		return account.enabled() && THROUGH_ORGANISATION.contains(account.role())
				&& organisationId.equals(account.organisationId());
	}

	/**
	 * Plain ASCII only: lower-casing other characters can make two different addresses
	 * equal (the Kelvin sign becomes a k).
	 */
	private static boolean plain(String email) {
		return email.chars().allMatch(c -> c > 32 && c < 127);
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
			.query((rs, n) -> new Stored(new OrganisationSignIn(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3), rs.getString(4),
					Arrays.stream(rs.getString(6).split(",")).filter(d -> !d.isBlank()).toList(), rs.getBoolean(7),
					rs.getBoolean(8), rs.getBoolean(9), rs.getInt(10)), rs.getString(5)))
			.optional();
	}

	private record Stored(OrganisationSignIn settings, String sealedSecret) {
	}

}
