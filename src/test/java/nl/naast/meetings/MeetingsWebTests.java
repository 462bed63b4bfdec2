package nl.naast.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.Pages;
import nl.naast.support.SignIn;

/**
 * Meetings through the web, as the coordinator, the parent and team members meet them:
 * planning (and the appointment it makes in what-is-asked), the rules for a final
 * summary, agreements that become steps and demands, the steam-off note that stays
 * between parent and coordinator, "did it help?", concurrent edits, and calendars.
 */
@NaastTest
class MeetingsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String meetings;

	String carer;

	final LocalDate today = LocalDate.now(DisplayTime.ZONE);

	final LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		meetings = family.path() + "/meetings";
		carer = page(get(meetings), coordinator).select("input[name=family]").first().val();
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MvcResult send(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn();
	}

	private MockHttpServletRequestBuilder meeting(String kind, LocalDate day, String from, String to) {
		return post(meetings).param("kind", kind)
			.param("organisation", "Rechtbank Midden-Nederland")
			.param("date", day.toString())
			.param("startTime", from)
			.param("endTime", to)
			.param("place", "Utrecht")
			.param("family", carer)
			.param("companions", family.coordinator().id().toString());
	}

	/** Plans a meeting and gives back its page's address. */
	private String plan(LocalDate day, String from, String to) throws Exception {
		MvcResult planned = send(meeting("COURT_HEARING", day, from, to), coordinator);
		assertThat(planned.getResponse().getRedirectedUrl()).startsWith(meetings + "/");
		return planned.getResponse().getRedirectedUrl();
	}

	@Test
	void aMeetingWithATimeIsAnAppointmentThatClashesAndMovesWithIt() throws Exception {
		send(post(family.path() + "/demands").param("kind", "APPOINTMENT")
			.param("askedOf", carer)
			.param("askerOrg", "Wijkteam")
			.param("what", "Huisbezoek")
			.param("date", nextMonday.toString())
			.param("startTime", "10:00")
			.param("endTime", "11:00"), coordinator);
		MvcResult planned = send(meeting("COURT_HEARING", nextMonday, "10:30", "11:30"), coordinator);
		assertThat(planned.getFlashMap().get("notice")).isEqualTo("meetings.notice.clash");
		String url = planned.getResponse().getRedirectedUrl();

		Document demands = page(get(family.path() + "/demands"), parent);
		assertThat(Pages.written(demands.select(".demand.clash .demand-what"))).contains("Huisbezoek",
				"Naar de kinderrechter");
		assertThat(demands.select(".demand a[href=" + url + "]")).hasSize(1);
		// the meeting's appointment is changed with the meeting, not on its own
		assertThat(demands.select(".demand").last().select("form[action$=/withdraw], form[action$=/change]")).isEmpty();

		Document page = page(get(url), coordinator);
		String version = page.select("form[action$=/details] input[name=version]").val();
		MvcResult moved = send(post(url + "/details").param("kind", "COURT_HEARING")
			.param("organisation", "Rechtbank Utrecht")
			.param("date", nextMonday.toString())
			.param("startTime", "14:00")
			.param("family", carer)
			.param("version", version), coordinator);
		assertThat(moved.getFlashMap().get("notice")).isEqualTo("meetings.notice.changed");
		demands = page(get(family.path() + "/demands"), coordinator);
		assertThat(demands.select(".demand.clash")).isEmpty();
		assertThat(demands.text()).contains("Rechtbank Utrecht").contains("14:00").contains("15:00");

		version = page(get(url), coordinator).select("form[action$=/cancel] input[name=version]").val();
		assertThat(page(post(url + "/cancel").with(csrf()).param("version", version), coordinator)
			.select("#c-reason-error")
			.text()).contains("waarom");
		send(post(url + "/cancel").param("version", version).param("reason", "De rechter is ziek."), coordinator);
		demands = page(get(family.path() + "/demands"), coordinator);
		assertThat(Pages.written(demands.select(".demand-list .demand-what"))).containsExactly("Huisbezoek");
		assertThat(page(get(meetings), parent).select(".meeting--cancelled").text()).contains("De rechter is ziek.");
	}

	@Test
	void aTeamMemberWithoutConsentForMeetingsSeesOnlyThatThereIsAnAppointment() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		fixtures.consent(family, member, FilePart.DEMANDS);
		String url = plan(nextMonday, "10:00", "11:00");
		Document seen = page(get(family.path() + "/demands"), SignIn.as(mvc, member.account()));
		assertThat(seen.select(".demand").text()).contains("Een afspraak van het gezin", "10:00")
			.doesNotContain("kinderrechter")
			.doesNotContain("Rechtbank")
			.doesNotContain("Utrecht");
		assertThat(seen.select("a[href=" + url + "]")).isEmpty();
		assertThat(page(get(family.path() + "/demands"), coordinator).select(".demand").text())
			.contains("Rechtbank Midden-Nederland");
	}

	@Test
	void correctingAMeetingAfterItsStartKeepsItAsPlanned() throws Exception {
		String url = plan(today.plusDays(1), "10:00", "11:00");
		// the meeting took place: its start lies an hour behind us
		java.time.Instant start = java.time.Instant.now().minusSeconds(3600);
		jdbc.update("UPDATE meeting SET meets_on = ?, starts_at = ?, ends_at = ? WHERE id = ?",
				start.atZone(DisplayTime.ZONE).toLocalDate(), java.sql.Timestamp.from(start),
				java.sql.Timestamp.from(start.plusSeconds(3600)),
				java.util.UUID.fromString(url.substring(url.lastIndexOf('/') + 1)));
		String version = page(get(url), coordinator).select("form[action$=/details] input[name=version]").val();
		String day = start.atZone(DisplayTime.ZONE).toLocalDate().toString();
		String time = start.atZone(DisplayTime.ZONE).toLocalTime().withSecond(0).withNano(0).toString();
		send(post(url + "/details").param("kind", "COURT_HEARING")
			.param("organisation", "Rechtbank Midden-Nederland")
			.param("date", day)
			.param("startTime", time)
			.param("place", "Zaal 3")
			.param("family", carer)
			.param("version", version), coordinator);
		Document page = page(get(url), coordinator);
		assertThat(page.select(".meeting-facts").text()).contains("Zaal 3").doesNotContain("Achteraf toegevoegd");
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndKept() throws Exception {
		Document page = page(post(meetings).with(csrf())
			.param("organisation", "Basisschool De Linde")
			.param("date", "31-2-2027")
			.param("startTime", "14:00")
			.param("endTime", "13:00")
			.param("videoLink", "teams meeting"), coordinator);
		assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#kind", "#date", "#endTime",
				"#videoLink", "#family");
		assertThat(page.select("#date-error").text()).isNotBlank();
		assertThat(page.select("#videoLink-error").text()).contains("https://");
		assertThat(page.select("#organisation").val()).isEqualTo("Basisschool De Linde");
		assertThat(page.select("#videoLink").val()).isEqualTo("teams meeting");
		assertThat(page(get(meetings), coordinator).select(".meeting")).isEmpty();
	}

	@Test
	void aMeetingInThePastIsMarkedAsAddedAfterwardsAndMakesNoAppointment() throws Exception {
		MvcResult planned = send(meeting("SCHOOL", today.minusDays(3), "09:00", ""), coordinator);
		assertThat(planned.getFlashMap().get("notice")).isEqualTo("meetings.notice.recordedAfter");
		Document page = page(get(planned.getResponse().getRedirectedUrl()), parent);
		assertThat(page.select(".meeting-facts").text()).contains("Achteraf toegevoegd").contains("09:00 tot 10:00");
		assertThat(page(get(family.path() + "/demands"), coordinator).select(".demand")).isEmpty();
	}

	@Test
	void aSummaryIsFinalOnlyWithWhatHappensNextAndIsReadByTheFamilyOnlyThen() throws Exception {
		String url = plan(today.minusDays(1), "10:00", "11:00");
		assertThat(page(post(url + "/summary").with(csrf())
			.param("said", "De rechter luisterde.")
			.param("action", "final")
			.param("version", "0"), coordinator).select("#s-next-error").text()).contains("niets is afgesproken");
		send(post(url + "/summary").param("said", "De rechter luisterde.").param("version", "0"), coordinator);
		assertThat(page(get(url), parent).text()).doesNotContain("De rechter luisterde.");
		assertThat(page(get(url), coordinator).select(".summary .notice").text()).contains("concept");

		send(post(url + "/summary").param("said", "De rechter luisterde.")
			.param("nothingAgreed", "true")
			.param("action", "final")
			.param("version", "1"), coordinator);
		Document read = page(get(url), parent);
		assertThat(read.select("#part-SAID").text()).contains("De rechter luisterde.");
		assertThat(read.text()).contains("Er is niets afgesproken.");
		// final means final: corrections stand beside it
		assertThat(send(post(url + "/summary").param("said", "Anders").param("version", "2"), coordinator).getResponse()
			.getStatus()).isEqualTo(404);
		send(post(url + "/corrections").param("section", "SAID").param("correction", "Hij luisterde niet echt."),
				parent);
		send(post(url + "/own-account").param("howItWas", "Spannend.").param("version", "-1"), parent);
		Document after = page(get(url), coordinator);
		assertThat(after.select("#part-SAID .family-mark").text()).contains("Hij luisterde niet echt.");
		assertThat(after.select(".own-accounts").text()).contains("Spannend.");
	}

	@Test
	void agreementsBecomeAStepInThePlanAndADemandInOneClick() throws Exception {
		send(post(family.path() + "/plan/goals").param("horizon", "TOMORROW").param("text", "Rust in huis"),
				coordinator);
		String url = plan(today.minusDays(1), "10:00", "11:00");
		Document empty = page(post(url + "/agreements").with(csrf()).param("what", "Formulier"), coordinator);
		assertThat(empty.select("#a-owner-error").text()).isNotBlank();
		assertThat(empty.select("#a-what").val()).isEqualTo("Formulier");
		send(post(url + "/agreements").param("what", "School bellen over de mentor")
			.param("owner", "FAMILY:" + carer)
			.param("dueOn", today.plusDays(7).toString()), coordinator);
		send(post(url + "/agreements").param("what", "Formulier voor de toeslag invullen")
			.param("owner", "FAMILY:" + carer), coordinator);
		Document page = page(get(url), coordinator);
		var agreements = page.select(".agreement");
		assertThat(agreements).hasSize(2);
		String first = agreements.get(0).attr("id").substring("agreement-".length());
		String second = agreements.get(1).attr("id").substring("agreement-".length());
		String goal = agreements.get(0).select("select[name=goal] option").first().val();

		send(post(url + "/agreements/" + first + "/step").param("goal", goal).param("version", "0"), coordinator);
		send(post(url + "/agreements/" + second + "/demand").param("version", "0"), coordinator);
		// a second click on the same agreement changes nothing
		assertThat(page(post(url + "/agreements/" + second + "/demand").with(csrf()).param("version", "0"), coordinator)
			.select(".notice--error")
			.text()).contains("Iemand anders");

		assertThat(page(get(family.path() + "/plan"), parent).text()).contains("School bellen over de mentor");
		Document demands = page(get(family.path() + "/demands"), parent);
		assertThat(Pages.written(demands.select(".demand-what"))).containsExactly("Formulier voor de toeslag invullen");
		assertThat(demands.text()).contains("Rechtbank Midden-Nederland");
		page = page(get(url), parent);
		assertThat(page.select(".agreement").get(0).text()).contains("stap in het plan");
		assertThat(page.select(".agreement").get(1).text()).contains("gevraagd wordt");
		assertThat(page.select(".agreement form")).isEmpty();
	}

	@Test
	void theSteamOffNoteStaysBetweenParentAndCoordinatorWhateverTheConsent() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		fixtures.consent(family, member, FilePart.MEETINGS, FilePart.FEEDBACK, FilePart.PLAN, FilePart.DEMANDS);
		MockHttpSession partner = SignIn.as(mvc, member.account());
		String url = plan(today.minusDays(1), "10:00", "11:00");
		send(post(url + "/summary").param("said", "Samen gepraat.")
			.param("nothingAgreed", "true")
			.param("action", "final")
			.param("version", "0"), coordinator);
		send(post(url + "/own-account").param("whatHeard", "Ik hoorde dat het beter gaat.").param("version", "-1"),
				parent);
		send(post(url + "/private-notes").param("words", "Ik was zo boos op de rechter."), parent);
		send(post(url + "/private-notes").param("words", "Dat snap ik. We bellen morgen."), coordinator);

		assertThat(page(get(url), coordinator).select(".private-note").eachText()).hasSize(2);
		Document seen = page(get(url), partner);
		assertThat(seen.text()).contains("Samen gepraat.")
			.contains("Ik hoorde dat het beter gaat.")
			.doesNotContain("boos op de rechter")
			.doesNotContain("We bellen morgen");
		assertThat(seen.select(".private-room")).isEmpty();
		assertThat(send(post(url + "/private-notes").param("words", "Mag ik meelezen?"), partner).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(page(get(url), parent).text()).doesNotContain("Mag ik meelezen?");
	}

	@Test
	void onlyWhoGoesAlongWritesTheSummary() throws Exception {
		Fixtures.TeamMember along = fixtures.teamMember(family);
		Fixtures.TeamMember stays = fixtures.teamMember(family);
		fixtures.consent(family, along, FilePart.MEETINGS);
		fixtures.consent(family, stays, FilePart.MEETINGS);
		MvcResult planned = send(meeting("CHILD_PROTECTION", today.minusDays(1), "10:00", "11:00").param("companions",
				along.account().id().toString()), coordinator);
		String url = planned.getResponse().getRedirectedUrl();
		assertThat(send(post(url + "/summary").param("said", "Niet van mij.").param("version", "0"),
				SignIn.as(mvc, stays.account()))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(send(post(url + "/summary").param("said", "Verslag van wie meeging.").param("version", "0"),
				SignIn.as(mvc, along.account()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo(url);
		assertThat(page(get(url), coordinator).select(".summary").text()).contains("Verslag van wie meeging.");
	}

	@Test
	void theParentSaysOnceWhetherItHelpedAndTheCoordinatorSeesIt() throws Exception {
		String url = plan(today.minusDays(1), "10:00", "11:00");
		assertThat(page(get(family.path()), parent).select(".highlight").text()).contains("hoe ging het?");
		Document wrong = page(post(url + "/feedback").with(csrf())
			.param("heard", "11")
			.param("mattered", "7")
			.param("nextKnown", "veel")
			.param("useful", "3")
			.param("comment", "Fijn dat Sanne er was."), parent);
		assertThat(wrong.select(".error-summary li a").eachAttr("href")).containsExactly("#f-heard", "#f-nextKnown");
		assertThat(wrong.select("#f-comment").text()).isEqualTo("Fijn dat Sanne er was.");
		assertThat(wrong.select("#f-mattered").val()).isEqualTo("7");
		send(post(url + "/feedback").param("heard", "8")
			.param("mattered", "7")
			.param("nextKnown", "4")
			.param("useful", "9")
			.param("comment", "Fijn dat Sanne er was."), parent);
		assertThat(page(get(url), parent).select(".feedback .scores").text()).contains("8 / 10").contains("4 / 10");
		assertThat(page(get(family.path()), parent).select(".highlight").text()).doesNotContain("hoe ging het?");
		assertThat(page(post(url + "/feedback").with(csrf())
			.param("heard", "1")
			.param("mattered", "1")
			.param("nextKnown", "1")
			.param("useful", "1"), parent).select(".notice--error").text()).isNotBlank();
		Document seen = page(get(url), coordinator);
		assertThat(seen.select(".feedback").text()).contains("8 / 10").contains("Fijn dat Sanne er was.");
	}

	@Test
	void twoPeoplePreparingAtOnceNeverOverwriteEachOther() throws Exception {
		String url = plan(today.plusDays(2), "10:00", "11:00");
		send(post(url + "/preparation").param("say", "Het gaat beter.").param("version", "0"), parent);
		Document late = page(
				post(url + "/preparation").with(csrf()).param("say", "Ik wil Bilal vaker zien.").param("version", "0"),
				parent);
		assertThat(late.select(".notice--error").text()).contains("Iemand anders");
		assertThat(late.select("#p-say").text()).isEqualTo("Ik wil Bilal vaker zien.");
		assertThat(page(get(url + "/print"), coordinator).select(".print-sheet").text()).contains("Het gaat beter.");
	}

	@Test
	void aMeetingGoesIntoACalendarAndTheCoordinatorsFeedHoldsNoMoreThanItMust() throws Exception {
		String url = plan(nextMonday, "10:00", "11:00");
		MockHttpServletResponse file = mvc.perform(get(url + "/calendar.ics").session(parent))
			.andReturn()
			.getResponse();
		assertThat(file.getContentType()).startsWith("text/calendar");
		String ics = file.getContentAsString();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("SUMMARY:Naar de kinderrechter — Rechtbank Midden-Nederland")
			.contains("LOCATION:Utrecht")
			.contains("DTSTART:" + nextMonday.toString().replace("-", "") + "T");

		Document made = page(post("/meetings/calendar").with(csrf()), coordinator);
		String address = made.select("#feed-address").val();
		String feedPath = address.substring(address.indexOf("/calendar/"));
		String feed = mvc.perform(get(feedPath)).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("BEGIN:VEVENT").contains("SUMMARY:Naast · fam. ").contains("LOCATION:Utrecht");
		assertThat(feed).doesNotContain("Rechtbank").doesNotContain("kinderrechter").doesNotContain(family.marker());

		send(post("/meetings/calendar/revoke"), coordinator);
		assertThat(mvc.perform(get(feedPath)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(
				page(get("/meetings/week").param("day", nextMonday.toString()), coordinator).select(".meeting").text())
			.contains("Rechtbank Midden-Nederland");
	}

}
