package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import nl.naast.support.Fixtures;
import nl.naast.support.OidcProvider;

/**
 * Sign-in through an organisation's own identity provider, against a real OpenID Connect
 * provider on another port: the whole round trip over HTTP, as a browser makes it. Second
 * steps are on, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "naast.security.mfa-required-for-professionals=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationSignIns signIns;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	OidcProvider provider;

	/** Its provider asks for a second step itself. */
	UUID agency;

	/** Naast asks for the second step after its provider. */
	UUID municipality;

	/** No sign-in of its own. */
	UUID school;

	@BeforeAll
	void startProvider() {
		agency = organisations.create(Fixtures.unique("Jeugdbescherming"), OrganisationKind.CHILD_PROTECTION_AGENCY)
			.id();
		municipality = organisations.create(Fixtures.unique("Wijkteam"), OrganisationKind.MUNICIPALITY).id();
		school = organisations.create(Fixtures.unique("School"), OrganisationKind.SCHOOL).id();
		provider = OidcProvider.start(List.of(naast("/login/oauth2/code/" + agency).toString(),
				naast("/login/oauth2/code/" + municipality).toString()));
		signIns.save(agency, new OrganisationSignIn.Settings(provider.issuer(), OidcProvider.CLIENT_ID,
				List.of("jb.test"), true, false, true), OidcProvider.CLIENT_SECRET, null);
		signIns.save(municipality, new OrganisationSignIn.Settings(provider.issuer(), OidcProvider.CLIENT_ID,
				List.of("wijk.test"), false, false, true), OidcProvider.CLIENT_SECRET, null);
	}

	@AfterAll
	void stopProvider() {
		provider.close();
	}

	@Test
	void aCoordinatorIsLinkedByAddressOnceAndAfterwardsByTheProvidersSubject() throws Exception {
		String name = Fixtures.unique("ann");
		AccountSummary ann = accounts.invite(name + "@jb.test", "Ann", Role.COORDINATOR, agency);
		provider.person(name, name + "@jb.test", true);

		Visit first = new Visit().signInThrough(agency, name);
		// no password in Naast needed; the provider's second step counts
		assertThat(first.last()).isEqualTo(naast("/families"));
		assertThat(first.response().statusCode()).isEqualTo(200);
		assertThat(first.response().body()).contains("Ann");
		assertThat(jdbc.queryForObject("SELECT account_id FROM external_identity WHERE subject = ?", UUID.class, name))
			.isEqualTo(ann.id());

		// the provider changes the address: the link holds, by subject
		provider.person(name, "someone.else@jb.test", true);
		Visit again = new Visit().signInThrough(agency, name);
		assertThat(again.last()).isEqualTo(naast("/families"));
		assertThat(again.response().body()).contains("Ann");
	}

	@Test
	void aProviderWithoutItsOwnSecondStepLeadsToNaastsCodeStep() throws Exception {
		String name = Fixtures.unique("wim");
		accounts.invite(name + "@wijk.test", "Wim", Role.PARTNER, municipality);
		provider.person(name, name + "@wijk.test", true);

		Visit visit = new Visit().signInThrough(municipality, name);
		assertThat(visit.last()).isEqualTo(naast("/login/code"));
		// nothing else opens before the code is typed
		assertThat(visit.get(naast("/families")).headers().firstValue("Location"))
			.hasValue(naast("/login/code").toString());
	}

	@Test
	void nobodyElseGetsInAndEveryRefusalLooksTheSame() throws Exception {
		String base = Fixtures.unique("x");
		// no account at all
		provider.person(base + "-none", base + "-none@jb.test", true);
		// an account of another organisation
		accounts.invite(base + "-other@jb.test", "Other", Role.COORDINATOR, school);
		provider.person(base + "-other", base + "-other@jb.test", true);
		// a parent's account: families never sign in through an organisation
		accounts.invite(base + "-parent@jb.test", "Parent", Role.PARENT, agency);
		provider.person(base + "-parent", base + "-parent@jb.test", true);
		// a disabled account
		AccountSummary disabled = accounts.invite(base + "-off@jb.test", "Off", Role.COORDINATOR, agency);
		accounts.setEnabled(disabled.id(), false);
		provider.person(base + "-off", base + "-off@jb.test", true);
		// an address the provider itself calls unverified
		accounts.invite(base + "-unverified@jb.test", "Unverified", Role.COORDINATOR, agency);
		provider.person(base + "-unverified", base + "-unverified@jb.test", false);
		// an address outside the organisation's domains
		accounts.invite(base + "-outside@elders.test", "Outside", Role.COORDINATOR, agency);
		provider.person(base + "-outside", base + "-outside@elders.test", true);
		// an administrator: the organisation's provider must not make anyone a Naast
		// administrator
		accounts.invite(base + "-admin@jb.test", "Admin", Role.ADMIN, agency);
		provider.person(base + "-admin", base + "-admin@jb.test", true);
		// an address that only becomes someone's when lower-cased (the Kelvin sign)
		accounts.invite(base + "-kim@jb.test", "Kim", Role.COORDINATOR, agency);
		provider.person(base + "-kelvin", base + "-\u212Aim@jb.test", true);
		// no word on whether the address was checked, and the organisation did not
		// confirm that it keeps the addresses
		accounts.invite(base + "-silent@jb.test", "Silent", Role.COORDINATOR, agency);
		provider.personWithoutVerifiedClaim(base + "-silent", base + "-silent@jb.test");

		for (String who : List.of("none", "other", "parent", "off", "unverified", "outside", "admin", "kelvin",
				"silent")) {
			Visit visit = new Visit().signInThrough(agency, base + "-" + who);
			assertThat(visit.last()).as(who).isEqualTo(naast("/login?organisationRefused"));
			assertThat(visit.get(naast("/families")).headers().firstValue("Location")).as(who)
				.hasValue(naast("/login").toString());
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM external_identity WHERE subject LIKE ?", Integer.class,
				base + "%"))
			.isZero();
	}

	@Test
	void anAddressWithoutTheVerifiedClaimLinksOnlyWhereTheOrganisationKeepsTheAddresses() throws Exception {
		String name = Fixtures.unique("sem");
		accounts.invite(name + "@jb.test", "Sem", Role.COORDINATOR, agency);
		provider.personWithoutVerifiedClaim(name, name + "@jb.test");
		assertThat(new Visit().signInThrough(agency, name).last()).isEqualTo(naast("/login?organisationRefused"));

		OrganisationSignIn settings = signIns.of(agency).orElseThrow();
		signIns.save(agency, new OrganisationSignIn.Settings(settings.issuerUri(), settings.clientId(),
				settings.emailDomains(), true, true, true), "", settings.version());
		try {
			assertThat(new Visit().signInThrough(agency, name).last()).isEqualTo(naast("/families"));
		}
		finally {
			OrganisationSignIn now = signIns.of(agency).orElseThrow();
			signIns.save(agency, new OrganisationSignIn.Settings(now.issuerUri(), now.clientId(), now.emailDomains(),
					true, false, true), "", now.version());
		}
	}

	@Test
	void signingInGivesANewSessionIdAndCsrfToken() throws Exception {
		String name = Fixtures.unique("ivo");
		accounts.invite(name + "@jb.test", "Ivo", Role.COORDINATOR, agency);
		provider.person(name, name + "@jb.test", true);
		Visit visit = new Visit();
		// before: an anonymous session with a token, as someone who prepared a fixation
		// attack would hold
		String tokenBefore = Jsoup.parse(visit.get(naast("/login")).body())
			.selectFirst("input[name=_csrf]")
			.attr("value");
		String sessionBefore = visit.cookie("NAAST_SESSION");
		assertThat(sessionBefore).isNotNull();

		assertThat(visit.signInThrough(agency, name).last()).isEqualTo(naast("/families"));
		assertThat(visit.cookie("NAAST_SESSION")).isNotNull().isNotEqualTo(sessionBefore);
		String tokenAfter = Jsoup.parse(visit.response().body()).selectFirst("input[name=_csrf]").attr("value");
		assertThat(tokenAfter).isNotEqualTo(tokenBefore);
	}

	@Test
	void aLinkedPersonWhoseAccountIsDisabledLaterIsRefused() throws Exception {
		String name = Fixtures.unique("bea");
		AccountSummary bea = accounts.invite(name + "@jb.test", "Bea", Role.MANAGER, agency);
		provider.person(name, name + "@jb.test", true);
		assertThat(new Visit().signInThrough(agency, name).last()).isEqualTo(naast("/families"));

		accounts.setEnabled(bea.id(), false);
		assertThat(new Visit().signInThrough(agency, name).last()).isEqualTo(naast("/login?organisationRefused"));
	}

	@Test
	void anOrganisationWithoutSignInOrSwitchedOffCannotBeUsed() throws Exception {
		for (String id : List.of(school.toString(), UUID.randomUUID().toString(), "not-an-id")) {
			HttpResponse<String> response = new Visit().get(naast("/oauth2/authorization/" + id));
			assertThat(response.headers().firstValue("Location")).as(id)
				.hasValue(naast("/login?organisationUnavailable").toString());
		}
		OrganisationSignIn settings = signIns.of(municipality).orElseThrow();
		signIns.save(municipality, new OrganisationSignIn.Settings(settings.issuerUri(), settings.clientId(),
				settings.emailDomains(), false, false, false), "", settings.version());
		try {
			HttpResponse<String> response = new Visit().get(naast("/oauth2/authorization/" + municipality));
			assertThat(response.headers().firstValue("Location"))
				.hasValue(naast("/login?organisationUnavailable").toString());
			assertThat(new Visit().get(naast("/login")).body()).doesNotContain(settings.organisationName());
		}
		finally {
			OrganisationSignIn now = signIns.of(municipality).orElseThrow();
			signIns.save(municipality, new OrganisationSignIn.Settings(now.issuerUri(), now.clientId(),
					now.emailDomains(), false, false, true), "", now.version());
		}
	}

	@Test
	void theSignInPageOffersSwitchedOnOrganisationsAndTheSecretIsStoredSealed() throws Exception {
		String page = new Visit().get(naast("/login")).body();
		assertThat(Jsoup.parse(page).select("a[href=/oauth2/authorization/" + agency + "]")).hasSize(1);
		assertThat(page).doesNotContain(school.toString());
		String sealed = jdbc.queryForObject(
				"SELECT client_secret_sealed FROM organisation_sign_in WHERE organisation_id = ?", String.class,
				agency);
		assertThat(sealed).startsWith("v1:").doesNotContain(OidcProvider.CLIENT_SECRET);
	}

	private URI naast(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** One browser: its own cookies, redirects followed by hand. */
	private final class Visit {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final List<URI> trail = new ArrayList<>();

		private HttpResponse<String> response;

		/**
		 * Starts at Naast's link for the organisation, signs in at the provider's own
		 * login page as this person, and follows every redirect to where it ends.
		 */
		Visit signInThrough(UUID organisation, String username) throws Exception {
			URI next = naast("/oauth2/authorization/" + organisation);
			for (int step = 0; step < 20; step++) {
				trail.add(next);
				response = get(next);
				if (response.statusCode() == 200 && next.getPort() != port && next.getPath().equals("/login")) {
					String token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]").attr("value");
					response = http.send(HttpRequest.newBuilder(next)
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
								+ encode(OidcProvider.PASSWORD) + "&_csrf=" + encode(token)))
						.build(), HttpResponse.BodyHandlers.ofString());
				}
				if (response.statusCode() / 100 != 3) {
					return this;
				}
				next = next.resolve(response.headers().firstValue("Location").orElseThrow());
			}
			throw new AssertionError("Too many redirects: " + trail);
		}

		HttpResponse<String> get(URI uri) throws Exception {
			return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		String cookie(String name) {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals(name))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		URI last() {
			return trail.get(trail.size() - 1);
		}

		HttpResponse<String> response() {
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
