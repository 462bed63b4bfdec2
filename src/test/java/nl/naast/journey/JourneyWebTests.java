package nl.naast.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.access.FilePart;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The journey through the web: setbacks with what we learn, the parent's ratings and what
 * the coordinator does with a low one, corrections within a week, goals reached in the
 * picture, and trends that never show one family.
 */
@NaastTest
class JourneyWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String journey;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		journey = family.path() + "/journey";
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder rating(AccountSummary professional, int heard, int helps, String comment) {
		return post(journey + "/ratings").param("professional", professional.id().toString())
			.param("heard", String.valueOf(heard))
			.param("important", "7")
			.param("fits", "7")
			.param("helps", String.valueOf(helps))
			.param("comment", comment);
	}

	@Test
	void aSetbackSaysWhatWeLearnAndAGoalReachedShowsInThePicture() throws Exception {
		Document empty = page(post(journey + "/entries").with(csrf()).param("kind", "SETBACK").param("what", "Ruzie"),
				parent);
		assertThat(empty.select("#e-happenedOn-error").text()).isNotBlank();
		assertThat(empty.select("#e-what").text()).isEqualTo("Ruzie");
		String today = LocalDate.now(DisplayTime.ZONE).toString();
		send(post(journey + "/entries").param("kind", "SETBACK")
			.param("happenedOn", today)
			.param("what", "Bilal wilde niet terug naar het pleeggezin.")
			.param("learned", "Afscheid nemen gaat beter met een vast ritueel.")
			.param("doingNow", "We spreken een vaste tijd af."), parent);
		Fixtures.GoalWithStep goal = fixtures.goalWithStep(family);
		send(post(family.path() + "/plan/goals/" + goal.goalId() + "/status").param("status", "REACHED")
			.param("version", "0"), coordinator);
		Document page = page(get(journey), coordinator);
		assertThat(page.select(".journal-entry.kind-SETBACK").text()).contains("vast ritueel", "vaste tijd");
		assertThat(page.text()).doesNotContainIgnoringCase("mislukt").doesNotContainIgnoringCase("failed");
		var thisMonth = page.select("table tbody tr").last().select("td").eachText();
		assertThat(thisMonth.get(2)).isEqualTo("1");
		assertThat(thisMonth.get(4)).isEqualTo("1");
		assertThat(page.select("svg.journey-picture path[fill=#b3261e]")).hasSize(1);
	}

	@Test
	void aLowRatingReachesTheCoordinatorWhoseResponseTheParentReads() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		Fixtures.TeamMember other = fixtures.teamMember(family);
		send(rating(other.account(), 8, 9, "De mentor luistert goed."), parent);
		send(rating(member.account(), 2, 3, "Ik word niet gehoord."), parent);
		// nobody else rates or changes the parent's scores, and the coordinator, who
		// receives the notices, is not rated here
		assertThat(send(rating(member.account(), 10, 10, ""), coordinator).getStatus()).isEqualTo(404);
		assertThat(page(rating(family.coordinator(), 1, 1, "").with(csrf()), parent)
			.select("#r-professional-error, .error-summary")
			.text()).isNotBlank();

		Document seen = page(get(journey), coordinator);
		assertThat(seen.select(".notices .notice-item")).hasSize(1);
		assertThat(seen.select(".notices").text()).contains("Ik word niet gehoord.", member.account().displayName());
		String notice = seen.select(".notices form").attr("action");
		assertThat(page(get(family.path()), coordinator).select(".highlight").text()).contains("aandacht");
		send(post(notice).param("response", "Ik bel Jeroen en we plannen samen een gesprek."), coordinator);
		Document read = page(get(journey), parent);
		assertThat(read.select(".rating").text()).contains("Ik bel Jeroen en we plannen samen een gesprek.");

		// the rated member, whom the family shared its ratings with, sees the scores but
		// no
		// notices
		fixtures.consent(family, member, FilePart.FEEDBACK);
		Document member1 = page(get(journey), SignIn.as(mvc, member.account()));
		assertThat(member1.select(".rating")).hasSize(2);
		assertThat(member1.text()).doesNotContain("Ik bel Jeroen");
		assertThat(member1.select(".notices")).isEmpty();
	}

	@Test
	void aParentCorrectsWithinAWeekAndASharpDropIsNoticedToo() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(family);
		send(rating(member.account(), 2, 2, "Slecht."), parent);
		assertThat(page(get(journey), coordinator).select(".notices .notice-item")).hasSize(1);
		var form = page(get(journey), parent).select("details.rating-form").first();
		send(rating(member.account(), 8, 8, "Toch beter dan ik dacht.")
			.param("rating", form.select("input[name=rating]").val())
			.param("version", form.select("input[name=version]").val()), parent);
		Document corrected = page(get(journey), coordinator);
		assertThat(corrected.select(".notices")).isEmpty();
		assertThat(corrected.select(".rating").text()).contains("Helpt: 8", "zelf verhoogd");
		// a second rating in the same month is not possible; after a week no correction
		Document again = page(rating(member.account(), 1, 1, "").with(csrf()), parent);
		assertThat(again.select(".error-summary").text()).contains("deze maand al");
		jdbc.update("UPDATE help_rating SET created_at = created_at - INTERVAL '8' DAY WHERE family_id = ?",
				family.id());
		assertThat(page(get(journey), parent).select(".rating-form").text()).contains("deze maand al een cijfer");

		// last month "it helps" was 9; now 5: a drop of 4 asks attention without a low
		// score
		jdbc.update("UPDATE help_rating SET for_month = ?, helps = 9 WHERE family_id = ?",
				LocalDate.now(DisplayTime.ZONE).withDayOfMonth(1).minusMonths(1), family.id());
		send(rating(member.account(), 8, 5, "Het gaat minder."), parent);
		assertThat(page(get(journey), coordinator).select(".notices").text()).contains("minder dan vorige maand");
	}

	@Test
	void trendsShowNoFamilyOfFewerThanFive() throws Exception {
		AccountSummary professional = fixtures.account(Role.PARTNER);
		MockHttpSession mine = SignIn.as(mvc, professional);
		for (int i = 0; i < 4; i++) {
			rateIn(fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR)), professional, 4);
		}
		// this month can still change, so it is not shown at all yet
		Document open = page(get("/journey/me"), mine);
		assertThat(open.select("table.trends")).isEmpty();
		assertThat(open.select("main").text()).contains("Nog geen cijfers.");
		closeMonths(professional);
		assertThat(page(get("/journey/me"), mine).select("table.trends tbody").text())
			.contains("Minder dan 5 gezinnen");
		rateIn(fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR)), professional, 9);
		closeMonths(professional);
		Document five = page(get("/journey/me"), mine);
		assertThat(five.select("table.trends tbody td").eachText()).contains("5", "5.0");
		assertThat(mvc.perform(get("/journey/trends").session(mine)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/journey/trends").session(SignIn.as(mvc, fixtures.account(Role.MANAGER))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	/**
	 * Moves the professional's ratings two months back: a month over and past correcting.
	 */
	private void closeMonths(AccountSummary professional) {
		jdbc.update("UPDATE help_rating SET for_month = ? WHERE professional_id = ?",
				LocalDate.now(DisplayTime.ZONE).withDayOfMonth(1).minusMonths(2), professional.id());
	}

	private void rateIn(FamilyWithPeople other, AccountSummary professional, int helps) throws Exception {
		Fixtures.TeamMember member = fixtures.teamMemberAs(other, professional);
		MockHttpSession otherParent = SignIn.as(mvc, other.parent());
		mvc.perform(post(other.path() + "/journey/ratings").with(csrf())
			.session(otherParent)
			.param("professional", member.account().id().toString())
			.param("heard", String.valueOf(helps))
			.param("important", String.valueOf(helps))
			.param("fits", String.valueOf(helps))
			.param("helps", String.valueOf(helps)));
	}

}
