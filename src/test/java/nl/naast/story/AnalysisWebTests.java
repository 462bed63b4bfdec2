package nl.naast.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The explanatory analysis through the web: factors with their evidence, links and who
 * says so, a vicious circle found and drawn, questions, the two voices, a possibility
 * turned into a goal, versions, and the family's PDF.
 */
@NaastTest
class AnalysisWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String analysis;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		analysis = family.path() + "/story/analysis";
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private String option(Document page, String select, String text) {
		return page.select(select + " option")
			.stream()
			.filter(o -> o.text().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No option " + text))
			.val();
	}

	@Test
	void aCircleIsFoundDrawnAndKeptInAVersionAndThePdfHoldsTheFamilysWords() throws Exception {
		send(post(family.path() + "/story").param("when", "2019")
			.param("what", "De toeslagen werden teruggevorderd.")
			.param("domain", "MONEY")
			.param("valence", "STRESSOR"), parent);
		Document start = page(get(analysis), parent);
		String event = option(start, "#f-evidence", "teruggevorderd");
		send(post(analysis + "/factors").param("kind", "STRESSOR").param("name", "Schulden").param("evidence", event),
				parent);
		send(post(analysis + "/factors").param("kind", "STRESSOR").param("name", "Stress"), coordinator);
		send(post(analysis + "/factors").param("kind", "PROTECTIVE").param("name", "Oma helpt"), parent);
		Document page = page(get(analysis), parent);
		String debts = option(page, "#l-from", "Schulden");
		String stress = option(page, "#l-from", "Stress");
		Document self = page(post(analysis + "/links").with(csrf()).param("from", debts).param("to", debts), parent);
		assertThat(self.select("#l-to-error").text()).contains("twee verschillende");
		send(post(analysis + "/links").param("from", debts).param("to", stress), parent);
		send(post(analysis + "/links").param("from", stress).param("to", debts).param("saysWho", "de gezinsvoogd"),
				coordinator);
		page = page(get(analysis), parent);
		assertThat(page.select(".circles li").text()).contains("Schulden").contains("Stress").contains("→");
		assertThat(page.select("svg.analysis-picture line.link-circle")).hasSize(2);
		assertThat(page.select("svg.analysis-picture title").text()).isNotBlank();
		assertThat(page.select(".link-list").text()).contains("zegt de gezinsvoogd");
		assertThat(page.select(".factors-STRESSOR .factor").first().text()).contains("teruggevorderd");

		send(post(analysis + "/questions").param("question", "Sinds wanneer zijn er schulden?")
			.param("whoCouldKnow", "de bewindvoerder"), coordinator);
		send(post(analysis + "/explanation").param("words", "Door de schulden sliepen we slecht.")
			.param("version", "0"), parent);
		send(post(analysis + "/explanation").param("words", "Financiële stress hield de onrust in stand.")
			.param("version", "0"), coordinator);
		send(post(analysis + "/possibilities").param("what", "Met schuldhulp beginnen"), parent);
		page = page(get(analysis), parent);
		String possibility = page.select(".possibility").first().id().substring("possibility-".length());
		send(post(analysis + "/possibilities/" + possibility + "/goal").param("horizon", "HALF_YEAR")
			.param("version", "0"), parent);
		assertThat(page(get(family.path() + "/plan"), parent).text()).contains("Met schuldhulp beginnen");

		send(post(analysis + "/versions").param("note", "Na het eerste gesprek"), parent);
		String versionLink = page(get(analysis), parent).select("section[aria-labelledby=versions-title] li a")
			.attr("href");
		assertThat(page(get(versionLink), parent).select(".version-text").text())
			.contains("Schulden -> Stress".replace("->", "→"))
			.contains("Door de schulden sliepen we slecht.");

		MockHttpServletResponse pdf = mvc.perform(get(family.path() + "/story/pdf").session(parent))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment");
		try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("De toeslagen werden teruggevorderd.", "Door de schulden sliepen we slecht.",
					"Schulden -> Stress", "Met schuldhulp beginnen");
		}
	}

	@Test
	void withoutConsentForTheStoryAMemberSeesNoneOfItsEventsInTheAnalysis() throws Exception {
		send(post(family.path() + "/story").param("when", "2019")
			.param("what", "Yıldız Şahin verloor haar huis.")
			.param("domain", "HOUSING")
			.param("valence", "STRESSOR"), parent);
		Document start = page(get(analysis), parent);
		String event = option(start, "#f-evidence", "verloor haar huis");
		send(post(analysis + "/factors").param("kind", "STRESSOR").param("name", "Geen huis").param("evidence", event),
				parent);
		Fixtures.TeamMember member = fixtures.teamMember(family);
		fixtures.consent(family, member, FilePart.ANALYSIS);
		MockHttpSession partner = SignIn.as(mvc, member.account());
		Document seen = page(get(analysis), partner);
		assertThat(seen.text()).contains("Geen huis", "Een gebeurtenis uit het verhaal")
			.doesNotContain("verloor haar huis");
		assertThat(send(post(analysis + "/links").param("from", event).param("to", event), partner).getStatus())
			.isEqualTo(200);
		assertThat(page(get(analysis), parent).select(".link-list li")).isEmpty();

		// the family's own copy prints every letter they wrote
		try (var document = Loader.loadPDF(mvc.perform(get(family.path() + "/story/pdf").session(parent))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Yıldız Şahin verloor haar huis.");
		}
	}

	@Test
	void aFactorWithLinksIsRemovedOnlyAfterAskingAndStaysInTheHistory() throws Exception {
		Fixtures.FamilyAnalysis made = fixtures.analysis(family);
		Document asked = page(post(analysis + "/factors/" + made.factorId() + "/remove").with(csrf()), parent);
		assertThat(asked.select(".notice--warning").text()).contains("Schulden", "Weet je het zeker?");
		assertThat(page(get(analysis), parent).select(".factor").text()).contains("Schulden");
		send(post(analysis + "/factors/" + made.factorId() + "/remove").param("confirmed", "true"), parent);
		Document after = page(get(analysis), parent);
		assertThat(after.select(".factor").text()).doesNotContain("Schulden");
		assertThat(after.select(".circles")).isEmpty();
		String version = page(get(analysis), parent).select("section[aria-labelledby=versions-title] li a")
			.attr("href");
		assertThat(page(get(version), parent).select(".version-text").text()).contains("Schulden");
	}

	@Test
	void aTeamMemberTheFamilyOpenedTheAnalysisToAddsButDoesNotRemoveOrDecide() throws Exception {
		Fixtures.FamilyAnalysis made = fixtures.analysis(family);
		Fixtures.TeamMember member = fixtures.teamMember(family);
		MockHttpSession partner = SignIn.as(mvc, member.account());
		assertThat(mvc.perform(get(analysis).session(partner)).andReturn().getResponse().getStatus()).isEqualTo(404);
		fixtures.consent(family, member, FilePart.ANALYSIS);
		send(post(analysis + "/questions").param("question", "Wat weet de school?"), partner);
		assertThat(page(get(analysis), parent).select(".question").text()).contains("Wat weet de school?");
		assertThat(send(post(analysis + "/links/" + made.linkId() + "/remove"), partner).getStatus()).isEqualTo(404);
		assertThat(send(post(analysis + "/versions"), partner).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(analysis).session(SignIn.as(mvc, family.youth())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
