package nl.naast.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Measures and deadlines through the web: default end dates within the law, the checks
 * that stop a wrong date, the placement that lapses, the deadline moved past a weekend,
 * the court's decision kept, and who may do what.
 */
@NaastTest
class LegalWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LegalRules rules;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	String legal;

	String child;

	LocalDate today;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		legal = family.path() + "/legal";
		child = jdbc
			.queryForObject("SELECT id FROM family_child WHERE family_id = ? AND position = 0", UUID.class, family.id())
			.toString();
		today = LocalDate.now(DisplayTime.ZONE);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletRequestBuilder measure(String kind, LocalDate start, String end) {
		return post(legal + "/measures").param("child", child)
			.param("kind", kind)
			.param("startsOn", start.toString())
			.param("endsOn", end)
			.param("court", "Rechtbank Midden-Nederland");
	}

	private Document errors(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = send(request, coordinator);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void aSupervisionOrderGetsTheLongestLawfulEndAndAPlacementWithinIt() throws Exception {
		LocalDate start = today.minusMonths(1);
		assertThat(send(measure("OTS", start, ""), coordinator).getRedirectedUrl()).isEqualTo(legal);
		assertThat(jdbc.queryForObject("SELECT ends_on FROM legal_measure WHERE family_id = ? AND kind = 'OTS'",
				LocalDate.class, family.id()))
			.isEqualTo(start.plusYears(1));
		// a placement without an end lasts as long as the order, not a year from its own
		// start
		assertThat(send(measure("MUHP", start.plusDays(10), ""), coordinator).getRedirectedUrl()).isEqualTo(legal);
		assertThat(jdbc.queryForObject("SELECT ends_on FROM legal_measure WHERE family_id = ? AND kind = 'MUHP'",
				LocalDate.class, family.id()))
			.isEqualTo(start.plusYears(1));
		Document page = page(legal, coordinator);
		assertThat(page.select(".measure h4").text()).contains("Ondertoezichtstelling (OTS)")
			.contains("Machtiging uithuisplaatsing");
		assertThat(page.select(".measure--NOT_EXECUTED .status-tag").text()).contains("nog niet uitgevoerd");
		assertThat(page.select(".measure a[href=/glossary/ondertoezichtstelling]")).hasSize(1);
	}

	@Test
	void wrongDatesAreRefusedAtTheirFieldWithWhatWasTyped() throws Exception {
		Document noOrder = errors(measure("MUHP", today, ""));
		assertThat(noOrder.select("#m-startsOn-error").text()).contains("hoort bij een ondertoezichtstelling");

		Document backwards = errors(measure("OTS", today, today.minusDays(1).toString()));
		assertThat(backwards.select("#m-endsOn-error").text()).contains("voor de begindatum");
		assertThat(backwards.select("#m-court").attr("value")).isEqualTo("Rechtbank Midden-Nederland");

		Document tooLong = errors(measure("VOTS", today, today.plusMonths(4).toString()));
		assertThat(tooLong.select("#m-endsOn-error").text()).contains("langer dan de wet toestaat")
			.contains("BW 1:257");

		Document farAway = errors(measure("OTS", today.minusYears(30), ""));
		assertThat(farAway.select("#m-startsOn-error").text()).contains("Klopt het jaar");

		send(measure("OTS", today, ""), coordinator);
		Document overlap = errors(measure("OTS", today.plusMonths(2), ""));
		assertThat(overlap.select("#m-startsOn-error").text()).contains("al een maatregel van deze soort");
		// an extension starting the day the order ends is no overlap
		assertThat(send(measure("OTS", today.plusYears(1), ""), coordinator).getRedirectedUrl()).isEqualTo(legal);

		Document placement = errors(measure("MUHP", today, today.plusYears(1).plusDays(5).toString()));
		assertThat(placement.select("#m-endsOn-error").text()).contains("niet langer dan de ondertoezichtstelling");

		Document adult = errors(
				measure("GUARDIANSHIP", today, LocalDate.of(2012, 5, 14).plusYears(18).plusDays(1).toString()));
		assertThat(adult.select("#m-endsOn-error").text()).contains("is dan al 18");
	}

	@Test
	void aPlacementNotCarriedOutInTimeIsFlaggedAsLapsed() throws Exception {
		LocalDate start = today.minusMonths(5);
		send(measure("OTS", start, ""), coordinator);
		send(measure("MUHP", start, ""), coordinator);
		assertThat(page(legal, coordinator).select(".measure--LAPSED .status-tag").text())
			.contains("vervallen: niet binnen de termijn uitgevoerd");
	}

	@Test
	void aComputedDeadlineMovesPastTheWeekendAndSaysSo() throws Exception {
		// a written instruction of Saturday 21 November 2026: two weeks is Saturday 5
		// December, so Monday 7 December
		assertThat(send(post(legal + "/events").param("kind", "WRITTEN_INSTRUCTION")
			.param("baseOn", "2026-11-21")
			.param("whoActs", "de moeder, met haar advocaat"), coordinator).getRedirectedUrl()).isEqualTo(legal);
		assertThat(
				jdbc.queryForObject("SELECT due_on FROM legal_event WHERE family_id = ?", LocalDate.class, family.id()))
			.isEqualTo(LocalDate.of(2026, 12, 7));
		// without a date or a day to count from, nothing to remind of
		Document missing = errors(post(legal + "/events").param("kind", "APPEAL"));
		assertThat(missing.select("#e-dueOn-error").text()).contains("de dag van de brief");
		Document hearing = errors(post(legal + "/events").param("kind", "HEARING").param("atTime", "half tien"));
		assertThat(hearing.select("#e-atTime-error").text()).isNotEmpty();
	}

	@Test
	void theCourtsDecisionIsKeptAsADownloadAndOnlyAPdfOrPhoto() throws Exception {
		UUID measure = fixtures.measure(family, today.minusMonths(1).toString());
		String action = legal + "/measures/" + measure + "/document";
		Document refused = Jsoup.parse(mvc.perform(multipart(action)
			.file(new MockMultipartFile("document", "x.exe", "application/pdf", "MZ not a pdf".getBytes()))
			.with(csrf())
			.session(coordinator)).andReturn().getResponse().getContentAsString());
		assertThat(refused.select("#document-error").text()).contains("PDF of een foto");
		mvc.perform(multipart(action)
			.file(new MockMultipartFile("document", "beschikking 12-3.pdf", "text/plain", Fixtures.PDF))
			.with(csrf())
			.session(coordinator));
		MockHttpServletResponse download = mvc.perform(get(action).session(SignIn.as(mvc, family.parent())))
			.andReturn()
			.getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("beschikking-12-3.pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(Fixtures.PDF);
	}

	@Test
	void aChangeOverSomeoneElsesChangeIsNotSaved() throws Exception {
		UUID measure = fixtures.measure(family, today.minusMonths(1).toString());
		String edit = legal + "/measures/" + measure;
		Document form = page(edit, coordinator);
		assertThat(form.select("#endsOn").attr("value")).isEqualTo(today.minusMonths(1).plusMonths(6).toString());
		MockHttpServletRequestBuilder change = post(edit).param("child", child)
			.param("kind", "OTS")
			.param("startsOn", today.minusMonths(1).toString())
			.param("endsOn", today.plusMonths(8).toString())
			.param("version", "0");
		assertThat(send(change, coordinator).getRedirectedUrl()).isEqualTo(legal);
		Document stale = Jsoup.parse(send(post(edit).param("child", child)
			.param("kind", "OTS")
			.param("startsOn", today.minusMonths(1).toString())
			.param("endsOn", today.plusMonths(2).toString())
			.param("version", "0"), coordinator).getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(stale.select("#endsOn").attr("value")).isEqualTo(today.plusMonths(2).toString());
		assertThat(jdbc.queryForObject("SELECT ends_on FROM legal_measure WHERE id = ?", LocalDate.class, measure))
			.isEqualTo(today.plusMonths(8));
	}

	@Test
	void aTeamMemberTheFamilyOpenedItToRecordsButDoesNotRemoveAndTheYoungPersonSeesNothing() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		MockHttpSession memberSession = SignIn.as(mvc, member.account());
		assertThat(mvc.perform(get(legal).session(memberSession)).andReturn().getResponse().getStatus()).isEqualTo(404);
		fixtures.consent(family, member, FilePart.LEGAL);
		assertThat(send(post(legal + "/events").param("kind", "HEARING")
			.param("dueOn", today.plusWeeks(3).toString())
			.param("place", "Rechtbank Utrecht"), memberSession).getRedirectedUrl()).isEqualTo(legal);
		UUID event = jdbc.queryForObject("SELECT id FROM legal_event WHERE family_id = ?", UUID.class, family.id());
		assertThat(send(post(legal + "/events/" + event + "/delete"), memberSession).getStatus()).isEqualTo(404);
		assertThat(page(legal, memberSession).select(".event form[action$=/delete]")).isEmpty();
		assertThat(
				mvc.perform(get(legal).session(SignIn.as(mvc, family.youth()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theParentReadsWhatItMeansAndChoosesRemindersAndTheCoordinatorSeesDeadlines() throws Exception {
		send(measure("OTS", today.minusYears(1).plusWeeks(10), ""), coordinator);
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		Document mine = page(legal, parent);
		assertThat(mine.select("h1").text()).isEqualTo("Rechter en termijnen");
		assertThat(mine.select(".legal-alerts").text()).contains("stopt op");
		assertThat(mine.select(".measure details").text()).contains("U blijft zelf de ouder");
		assertThat(send(post(legal + "/reminders").param("remind", "true"), parent).getRedirectedUrl())
			.isEqualTo(legal);
		assertThat(page(legal, parent).select("#remind").hasAttr("checked")).isTrue();

		Document deadlines = page("/legal/deadlines", coordinator);
		assertThat(deadlines.select("tbody tr").first().text()).contains("Ondertoezichtstelling");
		assertThat(deadlines.select("tbody tr.deadline--soon")).isNotEmpty();
	}

	@Test
	void anOpenDeadlineThatPassedStaysOnTopMarkedOverdueWithItsDays() throws Exception {
		send(measure("OTS", today.minusYears(1).plusWeeks(10), ""), coordinator);
		assertThat(send(
				post(legal + "/events").param("kind", "BOARD_REPORT").param("dueOn", today.minusDays(3).toString()),
				coordinator)
			.getRedirectedUrl()).isEqualTo(legal);
		assertThat(send(post(legal + "/events").param("kind", "HEARING").param("dueOn", today.minusDays(5).toString()),
				coordinator)
			.getRedirectedUrl()).isEqualTo(legal);
		UUID held = jdbc.queryForObject("SELECT id FROM legal_event WHERE family_id = ? AND kind = 'HEARING'",
				UUID.class, family.id());
		send(post(legal + "/events/" + held + "/done").param("version", "0"), coordinator);

		Document deadlines = page("/legal/deadlines", coordinator);
		var first = deadlines.select("tbody tr").first();
		assertThat(first.hasClass("deadline--overdue")).isTrue();
		assertThat(first.text()).contains("te laat").contains("3 dagen").contains("Reageren op het raadsrapport");
		// done is done, however late
		assertThat(deadlines.select("tbody").text()).doesNotContain("Zitting bij de rechter");
		assertThat(deadlines.select("tbody tr").get(1).text()).contains("Ondertoezichtstelling");

		Document parentPage = page(legal, SignIn.as(mvc, family.parent()));
		assertThat(parentPage.select(".legal-alerts li").first().text()).contains("te laat")
			.contains("3 dagen te laat");
		assertThat(parentPage.select(".event--overdue .event-days").text()).isEqualTo("(3 dagen te laat)");
	}

	@Test
	void aReplacedOrderAndALapsedPlacementLeaveTheDeadlinesAndAPlacementNotCarriedOutShowsItsLapse() throws Exception {
		java.util.Locale nl = java.util.Locale.forLanguageTag("nl");
		LocalDate start = today.minusMonths(11);
		LocalDate end = today.plusWeeks(2);
		assertThat(send(measure("OTS", start, end.toString()), coordinator).getRedirectedUrl()).isEqualTo(legal);
		// the extension, recorded as a new order from the day the first one ends
		assertThat(send(measure("OTS", end, ""), coordinator).getRedirectedUrl()).isEqualTo(legal);
		// a placement under the first order, never carried out: lapsed, ends with it
		assertThat(send(measure("MUHP", start.plusMonths(1), ""), coordinator).getRedirectedUrl()).isEqualTo(legal);
		// a placement under the extension, not carried out yet
		LocalDate placed = end.plusWeeks(1);
		assertThat(send(measure("MUHP", placed, ""), coordinator).getRedirectedUrl()).isEqualTo(legal);

		Document deadlines = page("/legal/deadlines", coordinator);
		assertThat(deadlines.select("tbody tr").text()).doesNotContain(DisplayTime.date(end, nl));
		var placements = deadlines.select("tbody tr:contains(Machtiging uithuisplaatsing)");
		assertThat(placements).hasSize(1);
		assertThat(placements.text()).contains("vervalt").contains(DisplayTime.date(placed.plusMonths(3), nl));
		assertThat(deadlines.select("tbody tr:contains(Ondertoezichtstelling)").text())
			.contains(DisplayTime.date(end.plusYears(1), nl));
	}

	@Test
	void whatTheFamilyCanDoNamesThePeriodFromConfiguration() throws Exception {
		assertThat(send(post(legal + "/events").param("kind", "WRITTEN_INSTRUCTION")
			.param("dueOn", today.plusDays(10).toString()), coordinator).getRedirectedUrl()).isEqualTo(legal);
		send(measure("VOTS", today.minusDays(3), ""), coordinator);
		Document mine = page(legal, SignIn.as(mvc, family.parent()));
		int instruction = rules.rule("written-instruction").duration().getDays();
		assertThat(mine.select(".event .event-youcan").text())
			.isEqualTo("Bent u het er niet mee eens? Dan mag u binnen " + instruction
					+ " dagen de rechter vragen of de aanwijzing moet blijven. Een advocaat kan u helpen.");
		int heard = rules.rule("vots-hearing").duration().getDays();
		assertThat(mine.select(".measure details").text())
			.contains("Binnen ongeveer " + heard + " dagen praat de rechter")
			.contains("hoogstens " + rules.rule("vots").duration().getMonths() + " maanden")
			.doesNotContain("Binnen drie maanden");
	}

}
