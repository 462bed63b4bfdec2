package nl.naast.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Registering, finding, reading and editing a family file through the web, with bad input
 * and two editors.
 */
@NaastTest
class FamilyFileWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	AccountSummary coordinator;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		coordinator = fixtures.account(Role.COORDINATOR);
		session = SignIn.as(mvc, coordinator);
	}

	private MockHttpServletRequestBuilder newFamily(String name) {
		return post("/families/new").session(session)
			.with(csrf())
			.param("name", name)
			.param("carers[0].name", "Mirjam")
			.param("children[0].name", "Tess")
			.param("children[0].birthDate", "2015-04-23")
			.param("children[0].living", "FOSTER_CARE")
			.param("children[1].name", "Sem")
			.param("children[1].birthDate", "12-08-2019")
			.param("children[1].living", "AT_HOME")
			.param("action", "save");
	}

	@Test
	void coordinatorRegistersFindsAndOpensAFamily() throws Exception {
		String name = Fixtures.unique("Gezin Jansen");
		MvcResult created = mvc.perform(newFamily(name)).andExpect(status().is3xxRedirection()).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/families/[0-9a-f-]{36}\\?saved");

		Document list = page(get("/families").param("q", name.substring(6)));
		assertThat(list.select(".family-card a").eachText()).containsExactly(name);
		assertThat(list.text()).contains("2 kinderen");

		Document overview = page(get(location.replace("?saved", "")));
		assertThat(overview.select("h1").text()).isEqualTo(name);
		assertThat(overview.text()).contains("Tess", "Sem", "In een pleeggezin", "Thuis");
	}

	@Test
	void badInputIsExplainedBesideEachFieldAndNothingIsLost() throws Exception {
		String longName = "x".repeat(10_000);
		Document form = page(post("/families/new").session(session)
			.with(csrf())
			.param("name", longName)
			.param("strengths", "<script>alert('kracht')</script>")
			.param("carers[0].name", "")
			.param("carers[0].email", "not-an-address")
			.param("children[0].name", "<b>Tess</b>")
			.param("children[0].birthDate", "2024-02-30")
			.param("children[0].living", "FOSTER_CARE")
			.param("children[1].name", "Sem")
			.param("children[1].birthDate", "2999-01-01")
			.param("children[1].living", "NOT_A_PLACE"));

		assertThat(form.select(".error-summary li")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(form.select("#name-error").text()).contains("hoogstens 200 tekens");
		assertThat(form.select("#name").val()).isEqualTo(longName);
		assertThat(form.select("#carers-0-name-error").text()).contains("Vul dit in");
		assertThat(form.select("#carers-0-email-error").text()).contains("e-mailadres");
		assertThat(form.select("#carers-0-email").val()).isEqualTo("not-an-address");
		assertThat(form.select("#children-0-birthDate-error").text()).contains("bestaande datum");
		assertThat(form.select("#children-0-birthDate").val()).isEqualTo("2024-02-30");
		assertThat(form.select("#children-1-birthDate-error").text()).contains("toekomst");
		assertThat(form.select("#children-1-living-error").text()).contains("Kies");
		assertThat(form.select(".error-summary a").first().attr("href")).isEqualTo("#name");
		// typed markup comes back as text, never as markup
		assertThat(form.select("#strengths").text()).isEqualTo("<script>alert('kracht')</script>");
		assertThat(form.select("script:not([src])")).isEmpty();
		assertThat(form.select("#children-0-name").val()).isEqualTo("<b>Tess</b>");
	}

	@Test
	void scriptInEveryTextFieldIsShownAsText() throws Exception {
		String script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
		String location = mvc
			.perform(post("/families/new").session(session)
				.with(csrf())
				.param("name", "Gezin " + script)
				.param("carers[0].name", script)
				.param("carers[0].language", script)
				.param("children[0].name", script)
				.param("children[0].birthDate", "2015-01-01")
				.param("children[0].living", "OTHER")
				.param("children[0].livingWith", script)
				.param("strengths", script)
				.param("concerns", script))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document overview = page(get(location));
		assertThat(overview.select("script:not([src])")).isEmpty();
		assertThat(overview.select("img")).isEmpty();
		assertThat(overview.select("[onerror]")).isEmpty();
		assertThat(overview.text()).contains(script);
	}

	@Test
	void addingARowWithoutJavaScriptKeepsEverythingTyped() throws Exception {
		Document form = page(post("/families/new").session(session)
			.with(csrf())
			.param("name", "Gezin Half")
			.param("carers[0].name", "Mirjam")
			.param("action", "addChild")
			.param("children[0].name", "Tess"));
		assertThat(form.select("#name").val()).isEqualTo("Gezin Half");
		assertThat(form.select("#children-0-name").val()).isEqualTo("Tess");
		assertThat(form.select("#children-1-name")).hasSize(1);
		assertThat(form.select(".error-summary")).isEmpty();
	}

	@Test
	void secondEditorSeesSomeoneElseChangedThisAndKeepsTheirInput() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(coordinator);
		Document first = page(get(family.path() + "/edit"));
		Document second = page(get(family.path() + "/edit"));
		String version = first.select("input[name=version]").val();
		assertThat(second.select("input[name=version]").val()).isEqualTo(version);

		mvc.perform(editFrom(first, family, java.util.Map.of("strengths", "Eerste versie")))
			.andExpect(status().is3xxRedirection());
		Document conflict = page(editFrom(second, family, java.util.Map.of("strengths", "Tweede versie")));

		assertThat(conflict.select(".conflict h2").text())
			.isEqualTo("Iemand anders heeft dit gezin intussen veranderd");
		assertThat(conflict.select("#strengths").text()).isEqualTo("Tweede versie");
		assertThat(conflict.select(".conflict").text()).contains("Eerste versie");
		assertThat(page(get(family.path())).text()).contains("Eerste versie").doesNotContain("Tweede versie");

		// knowingly saving again, on top of the version now shown, works
		mvc.perform(editFrom(conflict, family, java.util.Map.of())).andExpect(status().is3xxRedirection());
		assertThat(page(get(family.path())).text()).contains("Tweede versie");
	}

	@Test
	void unknownAndMalformedIdsGetTheFriendlyNotFoundPage() throws Exception {
		for (String path : new String[] { "/families/" + UUID.randomUUID(), "/families/12345",
				"/families/../../etc/passwd", "/families/" + UUID.randomUUID() + "/edit", "/nope" }) {
			MvcResult result = mvc.perform(get(path).session(session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isIn(400, 404);
			String body = result.getResponse().getContentAsString();
			assertThat(body).as(path).doesNotContain("Exception").doesNotContain("at nl.naast");
		}
		Document notFound = page(get("/families/" + UUID.randomUUID()), 404);
		assertThat(notFound.select("h1").text()).isEqualTo("Deze pagina bestaat niet");
	}

	@Test
	void parentSeesTheirFamilyInPlainWordsAndYouthOnlyTheirOwnPart() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(coordinator);
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		mvc.perform(get("/families").session(parent)).andExpect(status().is3xxRedirection());
		Document home = Jsoup.parse(mvc.perform(get(family.path()).session(parent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(home.select("h1").text()).isEqualTo("Ons gezin");
		assertThat(home.text()).contains("Kracht " + family.marker(), "Jongere " + family.marker(),
				"Broertje " + family.marker());
		assertThat(home.select("a[href$=/edit]")).isEmpty();

		MockHttpSession youth = SignIn.as(mvc, family.youth());
		Document own = Jsoup.parse(mvc.perform(get(family.path()).session(youth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(own.select("h1").text()).isEqualTo("Jouw pagina");
		assertThat(own.text()).contains("Jongere " + family.marker())
			.doesNotContain("Broertje " + family.marker())
			.doesNotContain("Zorg " + family.marker());
		mvc.perform(get(family.path() + "/access-log").session(youth)).andExpect(status().isNotFound());
	}

	@Test
	void coordinatorGivesAParentAccessByEmailAndANewParentIsInvited() throws Exception {
		String email = Fixtures.unique("nieuw") + "@naast.test";
		String location = mvc.perform(newFamily(Fixtures.unique("Gezin Nieuw")).param("carers[0].email", email))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("?saved", "");
		Document overview = page(get(location));
		String action = overview.select("form[action$=/access]").attr("action");
		mvc.perform(post(action).session(session).with(csrf())).andExpect(status().is3xxRedirection());
		Document after = page(get(location));
		assertThat(after.text()).contains("Uitgenodigd; heeft nog geen wachtwoord gekozen.");
		assertThat(after.select("form[action$=/access]")).isEmpty();
	}

	@Test
	void theLanguageSwitchKeepsTheChoice() throws Exception {
		MvcResult english = mvc.perform(get("/families").param("lang", "en").session(session)).andReturn();
		assertThat(Jsoup.parse(english.getResponse().getContentAsString()).select("h1").text())
			.isEqualTo("My families");
		jakarta.servlet.http.Cookie cookie = english.getResponse().getCookie("naast-lang");
		assertThat(cookie).isNotNull();
		Document later = Jsoup.parse(mvc.perform(get("/families").session(session).cookie(cookie))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(later.select("h1").text()).isEqualTo("My families");
		assertThat(later.select("html").attr("lang")).isEqualTo("en");
	}

	/** Posts the form as a browser would, with some fields changed. */
	private MockHttpServletRequestBuilder editFrom(Document form, FamilyWithPeople family,
			java.util.Map<String, String> changes) {
		MockHttpServletRequestBuilder request = post(family.path() + "/edit").session(session).with(csrf());
		form.select("form.family-form input[name], form.family-form textarea[name], form.family-form select[name]")
			.forEach(field -> {
				String name = field.attr("name");
				if (name.equals("_csrf") || name.equals("action") || field.attr("type").equals("checkbox")) {
					return;
				}
				String value = field.tagName().equals("textarea") ? field.text()
						: field.tagName().equals("select") ? field.select("option[selected]").val() : field.val();
				request.param(name, changes.getOrDefault(name, value));
			});
		return request.param("action", "save");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, 200);
	}

	private Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(request.session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
