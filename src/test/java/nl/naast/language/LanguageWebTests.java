package nl.naast.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The glossary for everyone, kept by administrators with every version; jargon explained
 * where families read it; the meter and the letter check for professionals.
 */
@NaastTest
class LanguageWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse((session == null ? mvc.perform(request) : mvc.perform(request.session(session))).andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theGlossaryIsPublicSearchableAndHasAnAddressPerTerm() throws Exception {
		Document all = page(get("/glossary"), null);
		assertThat(all.select(".glossary dt")).hasSizeGreaterThanOrEqualTo(80);
		Document found = page(get("/glossary").param("q", "OTS"), null);
		assertThat(found.select(".glossary dt a").eachAttr("href")).contains("/glossary/ondertoezichtstelling");
		Document term = page(get("/glossary/ondertoezichtstelling"), null);
		assertThat(term.select("h1").text()).contains("OTS");
		assertThat(term.select("p[lang=nl]").text()).isNotBlank();
		assertThat(term.select("p[lang=en]").text()).isNotBlank();
		assertThat(mvc.perform(get("/glossary/no-such-term")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void administratorsChangeATermAndEveryEarlierWordingIsKept() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		Document edit = page(get("/admin/glossary/kinderrechter"), admin);
		String version = edit.select("input[name=version]").val();
		String before = edit.select("#plainNl").text();
		Document refused = page(post("/admin/glossary/kinderrechter").with(csrf())
			.param("term", "kinderrechter")
			.param("abbreviations", "OTS")
			.param("plainNl", "Een. Twee. Drie.")
			.param("plainEn", "A judge.")
			.param("version", version), admin);
		assertThat(refused.select("#abbreviations-error").text()).contains("ondertoezichtstelling");
		assertThat(refused.select("#plainNl-error").text()).contains("twee zinnen");
		assertThat(refused.select("#plainNl").text()).isEqualTo("Een. Twee. Drie.");

		mvc.perform(post("/admin/glossary/kinderrechter").with(csrf())
			.session(admin)
			.param("term", "kinderrechter")
			.param("plainNl", "De rechter die over kinderen beslist.")
			.param("plainEn", "The judge who decides about children.")
			.param("version", version));
		assertThat(page(get("/glossary/kinderrechter"), null).select("p[lang=nl]").text())
			.isEqualTo("De rechter die over kinderen beslist.");
		Document after = page(get("/admin/glossary/kinderrechter"), admin);
		assertThat(after.select(".history li").text()).contains(before);
		Document stale = page(post("/admin/glossary/kinderrechter").with(csrf())
			.param("term", "kinderrechter")
			.param("plainNl", "Iets anders.")
			.param("plainEn", "Something else.")
			.param("version", version), admin);
		assertThat(stale.select(".notice--error").text()).isNotBlank();
		assertThat(page(get("/glossary/kinderrechter"), null).select("p[lang=nl]").text())
			.isEqualTo("De rechter die over kinderen beslist.");
	}

	@Test
	void aLetterIsExplainedAndRatedAndNothingLongerThanTheLimitIsMeasured() throws Exception {
		MockHttpSession coordinator = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		Document checked = page(post("/language/check").with(csrf())
			.param("text", "De MUHP is verlengd bij beschikking van de kinderrechter. <script>alert(1)</script>"),
				coordinator);
		assertThat(checked.select(".explained-text details.term summary").eachText()).contains("MUHP", "beschikking",
				"kinderrechter");
		assertThat(checked.select(".explained-text script")).isEmpty();
		assertThat(checked.select(".readability-level").text()).isNotBlank();
		assertThat(checked.select(".readability li").text()).contains("MUHP");

		long start = System.nanoTime();
		Document huge = page(post("/language/check").with(csrf()).param("text", "Dit is een zin. ".repeat(13_000)),
				coordinator);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
		assertThat(huge.select(".notice--error").text()).contains("te lang");
		Document meter = page(
				post("/language/meter").with(csrf()).param("field", "said").param("said", "De OTS wordt verlengd."),
				coordinator);
		assertThat(meter.select(".readability li").text()).contains("OTS");
		assertThat(meter.select(".readability").text()).contains("wie iets doet");
	}

	@Test
	void theFamilyReadsJargonExplainedWhereItStands() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		MockHttpSession coordinator = SignIn.as(mvc, family.coordinator());
		String carer = page(get(family.path() + "/demands"), coordinator).select("#askedOf option").get(1).val();
		mvc.perform(post(family.path() + "/demands").with(csrf())
			.session(coordinator)
			.param("kind", "EXPECTATION")
			.param("askedOf", carer)
			.param("askerOrg", "Jeugdbescherming")
			.param("what", "Meewerken aan de OTS en de gezinsvoogd <b>elke week</b> spreken"));
		Document seen = page(get(family.path() + "/demands"), SignIn.as(mvc, family.parent()));
		var what = seen.select(".demand-what").first();
		assertThat(what.select("details.term > summary").eachText()).contains("OTS", "gezinsvoogd");
		assertThat(what.select("details.term .term-explain").first().text()).isNotBlank();
		assertThat(what.select("b")).isEmpty();
		assertThat(what.text()).contains("<b>elke week</b>");
	}

}
