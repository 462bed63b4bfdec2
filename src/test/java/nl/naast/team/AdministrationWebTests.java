package nl.naast.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Administrators divide families, keep organisations and accounts, and check the audit
 * chain.
 */
@NaastTest
class AdministrationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	AccountSummary admin;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		admin = fixtures.account(Role.ADMIN);
		session = SignIn.as(mvc, admin);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void assigningACoordinatorOpensTheFamilyToThemAndNeverToTheAdministrator() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		AccountSummary second = fixtures.account(Role.COORDINATOR);
		MockHttpSession secondSession = SignIn.as(mvc, second);
		assertThat(mvc.perform(get(family.path()).session(secondSession)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		mvc.perform(post("/admin/families/assign").session(session)
			.with(csrf())
			.param("family", family.id().toString())
			.param("coordinator", second.id().toString()));
		assertThat(mvc.perform(get(family.path()).session(secondSession)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get(family.path()).session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		mvc.perform(post("/admin/families/unassign").session(session)
			.with(csrf())
			.param("family", family.id().toString())
			.param("coordinator", second.id().toString()));
		// effective on the very next request of the same session
		assertThat(mvc.perform(get(family.path()).session(secondSession)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		Document log = Jsoup
			.parse(mvc.perform(get(family.path() + "/access-log").session(SignIn.as(mvc, family.parent())))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(log.text()).contains("koppelde een procesbegeleider aan het gezin.",
				"haalde een procesbegeleider bij het gezin weg.");
		assertThat(page("/admin/families?q=" + family.id()).text()).doesNotContain(family.marker());
	}

	@Test
	void organisationsNeedAUniqueNameAndAKind() throws Exception {
		String name = Fixtures.unique("Wijkteam Zuid");
		Document empty = Jsoup.parse(mvc
			.perform(post("/admin/organisations").session(session).with(csrf()).param("name", "").param("kind", ""))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(empty.select("#name-error").text()).contains("Vul dit in");
		assertThat(empty.select("#kind-error").text()).contains("Kies");
		mvc.perform(post("/admin/organisations").session(session)
			.with(csrf())
			.param("name", name)
			.param("kind", "MUNICIPALITY"));
		assertThat(page("/admin/organisations").select("td").eachText()).contains(name, "Gemeente of wijkteam");
		Document duplicate = Jsoup.parse(mvc.perform(post("/admin/organisations").session(session)
			.with(csrf())
			.param("name", name.toUpperCase())
			.param("kind", "SCHOOL")).andReturn().getResponse().getContentAsString());
		assertThat(duplicate.select("#name-error").text()).contains("al een organisatie");
		assertThat(duplicate.select("#name").val()).isEqualTo(name.toUpperCase());
	}

	@Test
	void aSwitchedOffAccountCannotSignInAndAnAdministratorCannotSwitchThemselvesOff() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		mvc.perform(post("/admin/accounts/enabled").session(session)
			.with(csrf())
			.param("account", partner.id().toString())
			.param("enabled", "false"));
		assertThat(mvc.perform(formLogin("/login").user(partner.email()).password(Fixtures.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");

		mvc.perform(post("/admin/accounts/enabled").session(session)
			.with(csrf())
			.param("account", admin.id().toString())
			.param("enabled", "false"));
		assertThat(mvc.perform(formLogin("/login").user(admin.email()).password(Fixtures.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theNewAccountFormExplainsMistakesAndKeepsInput() throws Exception {
		Document form = Jsoup.parse(mvc.perform(post("/admin/accounts").session(session)
			.with(csrf())
			.param("email", "geen-adres")
			.param("name", "")
			.param("role", "KING")
			.param("organisation", "x")).andReturn().getResponse().getContentAsString());
		assertThat(form.select(".error-summary li").eachText()).containsExactly(
				"E-mailadres: Vul een e-mailadres in zoals naam@voorbeeld.nl.", "Naam: Vul dit in.",
				"Rol: Kies een van de mogelijkheden.", "Organisatie: Kies een van de mogelijkheden.");
		assertThat(form.select("#email").val()).isEqualTo("geen-adres");
	}

	@Test
	void theAuditCheckReportsAnIntactChain() throws Exception {
		fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		Document result = Jsoup.parse(mvc.perform(post("/admin/audit").session(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(result.select(".notice--success").text()).startsWith("Het logboek is in orde.");
	}

}
