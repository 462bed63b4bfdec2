package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.support.Fixtures;
import nl.naast.support.OidcProvider;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * An administrator sets an organisation's own sign-in: every mistake gets its message
 * beside the field with the input kept, switching on needs a provider that answers, the
 * secret is sealed and never shown again, and two administrators cannot overwrite each
 * other.
 */
@NaastTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSignInSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationSignIns signIns;

	@Autowired
	JdbcTemplate jdbc;

	OidcProvider provider;

	@BeforeAll
	void startProvider() {
		provider = OidcProvider.start(List.of("http://localhost/login/oauth2/code/any"));
	}

	@AfterAll
	void stopProvider() {
		provider.close();
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndTheInputIsKept() throws Exception {
		UUID organisation = organisation();
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		Document page = page(mvc
			.perform(save(organisation, admin, "http://login.example.org/realm", "", "", "jb.test, not a domain", true,
					null))
			.andReturn());
		assertThat(page.select("#issuerUri-error").text()).contains("https://");
		assertThat(page.select("#clientId-error")).hasSize(1);
		assertThat(page.select("#clientSecret-error")).hasSize(1);
		assertThat(page.select("#emailDomains-error").text()).contains("domeinnamen");
		assertThat(page.select("#issuerUri").attr("value")).isEqualTo("http://login.example.org/realm");
		assertThat(page.select("#emailDomains").attr("value")).isEqualTo("jb.test, not a domain");
		assertThat(signIns.of(organisation)).isEmpty();
	}

	@Test
	void switchingOnNeedsAProviderThatAnswersAsItself() throws Exception {
		UUID organisation = organisation();
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		// nothing listens there
		Document silent = page(mvc
			.perform(save(organisation, admin, "http://127.0.0.1:9/realm", "naast", "geheim", "jb.test", true, null))
			.andReturn());
		assertThat(silent.select("#issuerUri-error").text()).contains("geen bruikbare instellingen");
		// a provider that answers, but in the name of another: not to be trusted
		try (OidcProvider impostor = OidcProvider.namedAs("https://login.jeugdbescherming.example")) {
			Document other = page(
					mvc.perform(save(organisation, admin, impostor.issuer(), "naast", "geheim", "jb.test", true, null))
						.andReturn());
			assertThat(other.select("#issuerUri-error")).hasSize(1);
		}
		// the real one is accepted
		assertThat(mvc.perform(save(organisation, admin, provider.issuer(), "naast", "geheim", "jb.test", true, null))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		int version = signIns.of(organisation).orElseThrow().version();
		// switched off, it may be saved for later
		mvc.perform(save(organisation, admin, "http://127.0.0.1:9/realm", "naast", "geheim", "jb.test", false, version))
			.andReturn();
		assertThat(signIns.of(organisation)).hasValueSatisfying(s -> assertThat(s.enabled()).isFalse());
	}

	@Test
	void theSecretIsSealedNeverShownAndKeptWhenLeftEmpty() throws Exception {
		UUID organisation = organisation();
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		MvcResult saved = mvc
			.perform(save(organisation, admin, provider.issuer(), "naast", "zeer-geheim-123", "JB.test @wijk.test",
					true, null))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/organisations/" + organisation + "/sign-in");
		OrganisationSignIn settings = signIns.of(organisation).orElseThrow();
		assertThat(settings.enabled()).isTrue();
		assertThat(settings.emailDomains()).containsExactly("jb.test", "wijk.test");
		String sealed = jdbc.queryForObject(
				"SELECT client_secret_sealed FROM organisation_sign_in WHERE organisation_id = ?", String.class,
				organisation);
		assertThat(sealed).doesNotContain("zeer-geheim-123");

		String page = mvc.perform(get("/admin/organisations/" + organisation + "/sign-in").session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("zeer-geheim-123").contains("/login/oauth2/code/" + organisation);

		// left empty for the same provider and client: the stored secret stays
		mvc.perform(save(organisation, admin, provider.issuer(), "naast", "", "jb.test, wijk.test", true,
				settings.version()))
			.andReturn();
		assertThat(
				jdbc.queryForObject("SELECT client_secret_sealed FROM organisation_sign_in WHERE organisation_id = ?",
						String.class, organisation))
			.isEqualTo(sealed);
		OrganisationSignIn kept = signIns.of(organisation).orElseThrow();
		assertThat(kept.emailDomains()).containsExactly("jb.test", "wijk.test");

		// another address or client: the old secret must not travel there unasked
		try (OidcProvider elsewhere = OidcProvider.start(List.of("http://localhost/login/oauth2/code/any"))) {
			for (String[] change : List.of(new String[] { elsewhere.issuer(), "naast" },
					new String[] { provider.issuer(), "naast-2" })) {
				Document refused = page(mvc
					.perform(save(organisation, admin, change[0], change[1], "", "jb.test", true, kept.version()))
					.andReturn());
				assertThat(refused.select("#clientSecret-error").text()).contains("opnieuw");
			}
		}
		assertThat(signIns.of(organisation).orElseThrow()).isEqualTo(kept);
	}

	@Test
	void twoAdministratorsDoNotOverwriteEachOther() throws Exception {
		UUID organisation = organisation();
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		mvc.perform(save(organisation, admin, provider.issuer(), "naast", "geheim", "jb.test", false, null))
			.andReturn();
		int seen = signIns.of(organisation).orElseThrow().version();
		mvc.perform(save(organisation, admin, provider.issuer(), "naast", "", "first.test", false, seen)).andReturn();
		Document page = page(
				mvc.perform(save(organisation, admin, provider.issuer(), "naast", "", "second.test", false, seen))
					.andReturn());
		assertThat(page.select("[role=alert]").text()).contains("Iemand anders heeft dit net veranderd");
		assertThat(page.select("#emailDomains").attr("value")).isEqualTo("first.test");
		assertThat(signIns.of(organisation).orElseThrow().emailDomains()).containsExactly("first.test");
	}

	@Test
	void onlyAdministratorsSeeTheSettings() throws Exception {
		UUID organisation = organisation();
		for (Role role : List.of(Role.COORDINATOR, Role.MANAGER, Role.TRAINER, Role.PARENT)) {
			MockHttpSession session = SignIn.as(mvc, fixtures.account(role));
			assertThat(mvc.perform(get("/admin/organisations/" + organisation + "/sign-in").session(session))
				.andReturn()
				.getResponse()
				.getStatus()).as(role.name()).isEqualTo(404);
		}
	}

	private UUID organisation() {
		return organisations.create(Fixtures.unique("Organisatie"), OrganisationKind.CHILD_PROTECTION_AGENCY).id();
	}

	private static MockHttpServletRequestBuilder save(UUID organisation, MockHttpSession session, String issuer,
			String clientId, String secret, String domains, boolean enabled, Integer version) {
		MockHttpServletRequestBuilder request = post("/admin/organisations/" + organisation + "/sign-in")
			.session(session)
			.with(csrf())
			.param("issuerUri", issuer)
			.param("clientId", clientId)
			.param("clientSecret", secret)
			.param("emailDomains", domains);
		if (enabled) {
			request.param("enabled", "true");
		}
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

	private static Document page(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
