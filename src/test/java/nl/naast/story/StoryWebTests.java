package nl.naast.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.Pages;
import nl.naast.support.SignIn;

/**
 * The family's story through the web: the family writes freely and answers what
 * professionals wrote beside it, never deleting it; strengths beside stressors; files
 * checked and served only as downloads to those who may read the story.
 */
@NaastTest
class StoryWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String story;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		story = family.path() + "/story";
	}

	private Document page(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder entry(String when, String what, String domain, String valence) {
		return post(story).param("when", when).param("what", what).param("domain", domain).param("valence", valence);
	}

	@Test
	void theTimelineRunsInOrderOfTimeWithUndatedEntriesLastAndBadDatesExplained() throws Exception {
		send(entry("", "Oma hielp altijd met oppassen.", "STRENGTHS", "STRENGTH"), parent);
		send(entry("zomer 2019", "De toeslagen werden teruggevorderd.", "MONEY", "STRESSOR"), parent);
		send(entry("rond 2015", "We kregen een huis in Amersfoort.", "HOUSING", "STRENGTH"), parent);
		send(entry("12-3-2021", "Bilal ging naar het pleeggezin.", "INSTITUTIONS", "STRESSOR").param("source",
				"DOCUMENT"), coordinator);
		Document page = page(get(story), parent);
		assertThat(Pages.written(page.select(".entry .entry-what"))).containsExactly(
				"We kregen een huis in Amersfoort.", "De toeslagen werden teruggevorderd.",
				"Bilal ging naar het pleeggezin.", "Oma hielp altijd met oppassen.");
		assertThat(page.select(".timeline-year h3").eachText()).containsExactly("2015", "2019", "2021", "Zonder datum");
		assertThat(page.select(".balance tr.total td").eachText()).containsExactly("2", "2", "0");
		// what the family writes comes from the family
		assertThat(page.select(".entry").first().text()).contains("het gezin vertelde het");

		Document wrong = page(entry("ergens vorig jaar", "Iets", "", "STRESSOR").with(csrf()), parent);
		assertThat(wrong.select("#when-error").text()).contains("zomer 2019");
		assertThat(wrong.select("#domain-error").text()).isNotBlank();
		assertThat(wrong.select("#when").val()).isEqualTo("ergens vorig jaar");
		Document professional = page(entry("2020", "Gesprek", "HOUSING", "NEUTRAL").with(csrf()), coordinator);
		assertThat(professional.select(".error-summary a[href=#source]")).hasSize(1);
	}

	@Test
	void theFamilyAnswersBesideWhatProfessionalsWroteAndTheOriginalStays() throws Exception {
		Fixtures.StoryEntry written = fixtures.storyEntry(family);
		String respond = story + "/" + written.entryId() + "/responses";
		Document empty = page(post(respond).with(csrf()).param("words", "Zo was het niet."), parent);
		assertThat(empty.select(".error-summary li").text()).isNotBlank();
		assertThat(empty.select("#r" + written.entryId() + "-words").text()).isEqualTo("Zo was het niet.");
		send(post(respond).param("kind", "INCORRECT").param("words", "De melding kwam van de buren, niet van school."),
				parent);
		send(post(respond).param("kind", "OWN_VIEW").param("words", "We hadden toen geen geld voor eten."), parent);
		Document seen = page(get(story), coordinator);
		var entry = seen.select("#entry-" + written.entryId()).first();
		assertThat(Pages.written(entry.select(".entry-what").first())).contains("Melding bij Veilig Thuis");
		assertThat(entry.select(".voices .response").eachText()).hasSize(2)
			.anyMatch(t -> t.startsWith("Klopt niet") && t.contains("van de buren"))
			.anyMatch(t -> t.startsWith("Zo zien wij het") && t.contains("geen geld voor eten"));
		// only the family answers, and only what others wrote
		assertThat(send(post(respond).param("kind", "OWN_VIEW").param("words", "x"), coordinator).getStatus())
			.isEqualTo(404);
		send(entry("2022", "We verhuisden.", "HOUSING", "NEUTRAL"), parent);
		String own = page(get(story), parent).select(".entry").last().id().substring("entry-".length());
		assertThat(send(post(story + "/" + own + "/responses").param("kind", "OWN_VIEW").param("words", "x"), parent)
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aStoryWithOnlyProblemsSaysSo() throws Exception {
		send(entry("2019", "Schulden bij de Belastingdienst.", "MONEY", "STRESSOR").param("source", "DOCUMENT"),
				coordinator);
		assertThat(page(get(story), parent).select(".notice--warning").text()).contains("alleen zorgen");
		send(entry("2020", "Samira vond werk.", "WORK", "STRENGTH"), parent);
		assertThat(page(get(story), parent).select(".notice--warning")).isEmpty();
	}

	@Test
	void filesAreCheckedAndOnlyEverDownloadedByThoseWhoMayReadTheStory() throws Exception {
		Fixtures.StoryEntry written = fixtures.storyEntry(family);
		String attach = story + "/" + written.entryId() + "/attachments";
		Document html = page(multipart(attach)
			.file(new MockMultipartFile("file", "brief.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.with(csrf()), parent);
		assertThat(html.select("#f" + written.entryId() + "-file-error").text()).contains("PDF");
		Document large = page(multipart(attach)
			.file(new MockMultipartFile("file", "groot.pdf", "application/pdf", concat(Fixtures.PDF, 6 * 1024 * 1024)))
			.with(csrf()), parent);
		assertThat(large.select("#f" + written.entryId() + "-file-error").text()).contains("te groot");
		MockHttpServletResponse uploaded = mvc
			.perform(multipart(attach)
				.file(new MockMultipartFile("file", "../../etc/Brief van de Raad!.pdf", "application/pdf",
						Fixtures.PDF))
				.with(csrf())
				.session(parent))
			.andReturn()
			.getResponse();
		assertThat(uploaded.getRedirectedUrl()).contains("/story#entry-");
		Document page = page(get(story), coordinator);
		var links = page.select("#entry-" + written.entryId() + " a[href*=/attachments/]");
		assertThat(links.eachText()).contains("Brief-van-de-Raad.pdf");
		String href = links.last().attr("href");

		MockHttpServletResponse download = mvc.perform(get(href).session(coordinator)).andReturn().getResponse();
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(Fixtures.PDF);

		Fixtures.TeamMember member = fixtures.teamMember(family);
		MockHttpSession partner = SignIn.as(mvc, member.account());
		assertThat(mvc.perform(get(href).session(partner)).andReturn().getResponse().getStatus()).isEqualTo(404);
		fixtures.consent(family, member, FilePart.STORY);
		assertThat(mvc.perform(get(href).session(partner)).andReturn().getResponse().getStatus()).isEqualTo(200);
		MockHttpSession youth = SignIn.as(mvc, family.youth());
		assertThat(mvc.perform(get(story).session(youth)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aTeamMemberTheFamilyOpenedTheStoryToAddsWhatTheyKnow() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		MockHttpSession partner = SignIn.as(mvc, member.account());
		assertThat(send(entry("2023", "Intake", "INSTITUTIONS", "NEUTRAL").param("source", "PROFESSIONAL"), partner)
			.getStatus()).isEqualTo(404);
		fixtures.consent(family, member, FilePart.STORY);
		send(entry("2023", "Intake bij de jeugdbescherming.", "INSTITUTIONS", "NEUTRAL").param("source",
				"PROFESSIONAL"), partner);
		Document seen = page(get(story), parent);
		assertThat(Pages.written(seen.select(".entry").last())).contains("Intake bij de jeugdbescherming.",
				member.account().displayName());
		// files go with their own entries only, never with what the family wrote
		String written = send(entry("2022", "We verhuisden.", "HOUSING", "NEUTRAL"), parent).getRedirectedUrl();
		String familys = written.substring(written.indexOf("#entry-") + "#entry-".length());
		assertThat(mvc
			.perform(multipart(story + "/" + familys + "/attachments")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", Fixtures.PDF))
				.with(csrf())
				.session(partner))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(seen.select(".entry").last().select("form[action$=/responses]")).hasSize(1);
	}

	private static byte[] concat(byte[] head, int size) {
		byte[] all = new byte[size];
		System.arraycopy(head, 0, all, 0, head.length);
		return all;
	}

}
