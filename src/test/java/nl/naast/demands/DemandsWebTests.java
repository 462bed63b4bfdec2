package nl.naast.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
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
 * What is asked of the family: recorded by anyone who asks, clashes flagged at once, the
 * family's voice heard.
 */
@NaastTest
class DemandsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String demands;

	String carer;

	final LocalDate nextMonday = LocalDate.now(DisplayTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		demands = family.path() + "/demands";
		carer = page(get(demands), coordinator).select("#askedOf option").get(1).val();
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletRequestBuilder appointment(String what, LocalDate day, String from, String to) {
		return appointmentAt(demands, what, day, from, to);
	}

	private MockHttpServletRequestBuilder appointmentAt(String url, String what, LocalDate day, String from,
			String to) {
		return post(url).with(csrf())
			.param("kind", "APPOINTMENT")
			.param("askedOf", carer)
			.param("askerOrg", "Jeugdbescherming")
			.param("what", what)
			.param("date", day.toString())
			.param("startTime", from)
			.param("endTime", to);
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		Document ends = page(appointment("Gesprek", nextMonday, "11:00", "10:00").param("compulsory", "true")
			.param("consequence", "Dan volgt een nieuwe zitting."), coordinator);
		assertThat(ends.select(".error-summary li").eachText()).anyMatch(l -> l.contains("eindigt voordat"))
			.anyMatch(l -> l.contains("beslissing of maatregel"));
		assertThat(ends.select("#consequence").text()).isEqualTo("Dan volgt een nieuwe zitting.");
		assertThat(ends.select("#compulsory").attr("checked")).isNotNull();

		Document past = page(appointment("Gesprek", LocalDate.now(DisplayTime.ZONE).minusDays(3), "10:00", "11:00"),
				coordinator);
		assertThat(past.select("#date-error").text()).contains("al voorbij");
		Document noTimes = page(appointment("Gesprek", nextMonday, "", "kwart over"), coordinator);
		assertThat(noTimes.select("#startTime-error").text()).contains("Vul dit in");
		assertThat(noTimes.select("#endTime-error").text()).contains("09:30");
		assertThat(noTimes.select("#endTime").val()).isEqualTo("kwart over");
	}

	@Test
	void twoPartnersEnterOverlappingAppointmentsAndTheClashShowsAtOnce() throws Exception {
		var first = fixtures.teamMember(family);
		var second = fixtures.teamMember(family);
		fixtures.consent(family, first, FilePart.DEMANDS);
		fixtures.consent(family, second, FilePart.DEMANDS);
		MockHttpSession a = SignIn.as(mvc, first.account());
		MockHttpSession b = SignIn.as(mvc, second.account());
		mvc.perform(appointment("Gesprek bij de GI", nextMonday, "10:00", "11:00").session(a));
		var answer = mvc.perform(appointment("Huisbezoek wijkteam", nextMonday, "11:15", "12:00").session(b))
			.andReturn();
		assertThat(answer.getFlashMap().get("notice")).isEqualTo("demands.notice.clash");

		Document coordinatorView = page(get(demands), coordinator);
		assertThat(Pages.written(coordinatorView.select(".demand.clash .demand-what")))
			.containsExactlyInAnyOrder("Gesprek bij de GI", "Huisbezoek wijkteam");
		assertThat(coordinatorView.select(".alerts").text()).contains("2 afspraken botsen");
		assertThat(page(get(family.path()), coordinator).select(".highlight").text()).contains("2 afspraken botsen");
	}

	@Test
	void theFamilyMarksADemandTooMuchAndTheCoordinatorSeesItFirst() throws Exception {
		fixtures.demand(family);
		Document familyView = page(get(demands), parent);
		assertThat(familyView.select("h1").text()).isEqualTo("Wat wordt er van ons gevraagd?");
		Element demand = familyView.select(".demand").first();
		String mark = demand.select("form[action$=/mark]").attr("action");
		Document missing = page(post(mark).with(csrf()).param("words", "Ik werk drie dagen."), parent);
		assertThat(missing.select("details[open] .error-summary").text()).contains("Kies");
		assertThat(missing.select("details[open] textarea").text()).isEqualTo("Ik werk drie dagen.");
		mvc.perform(post(mark).session(parent)
			.with(csrf())
			.param("mark", "TOO_MUCH")
			.param("words", "Ik werk drie dagen."));

		Document coordinatorView = page(get(demands), coordinator);
		assertThat(coordinatorView.select(".family-voice").text()).contains("Te veel", "Ik werk drie dagen.");
		assertThat(coordinatorView.select("main > *").indexOf(coordinatorView.select(".family-voice").first()))
			.isLessThan(coordinatorView.select("main > *")
				.indexOf(coordinatorView.select("#coming-title").parents().first()));
		assertThat(page(get(family.path()), coordinator).select(".highlight").text())
			.contains("1 opmerking van het gezin");
	}

	@Test
	void aDemandIsDoneOrWithdrawnWithAReasonAndTheHistoryStays() throws Exception {
		fixtures.demand(family);
		Element demand = page(get(demands), coordinator).select(".demand").first();
		String withdraw = demand.select("form[action$=/withdraw]").attr("action");
		String version = demand.select("form[action$=/withdraw] input[name=version]").val();
		Document noReason = page(post(withdraw).with(csrf()).param("reason", "").param("version", version),
				coordinator);
		assertThat(noReason.select("details[open] .error-summary").text()).contains("waarom");
		mvc.perform(post(withdraw).session(coordinator)
			.with(csrf())
			.param("reason", "Niet meer nodig na het gesprek.")
			.param("version", version));
		Document after = page(get(demands), parent);
		assertThat(after.select(".demand")).isEmpty();
		assertThat(after.select("#past-title + details").text()).contains("ingetrokken",
				"Niet meer nodig na het gesprek.");
		// the parent cannot withdraw what someone else asked
		assertThat(after.select("form[action$=/withdraw]")).isEmpty();
	}

	@Test
	void contradictionsAreFoundOrLinkedShownOnTheOverviewAndResolvedWithANote() throws Exception {
		mvc.perform(post(demands).session(coordinator)
			.with(csrf())
			.param("kind", "CONDITION")
			.param("askedOf", carer)
			.param("askerOrg", "Jeugdbescherming")
			.param("what", "Geen contact met oma")
			.param("topic", "Contact met oma")
			.param("polarity", "MUST_NOT"));
		var second = mvc
			.perform(post(demands).session(coordinator)
				.with(csrf())
				.param("kind", "EXPECTATION")
				.param("askedOf", carer)
				.param("askerOrg", "School")
				.param("what", "Oma brengt de kinderen naar school")
				.param("topic", "contact met oma")
				.param("polarity", "MUST"))
			.andReturn();
		assertThat(second.getFlashMap().get("notice")).isEqualTo("demands.notice.contradiction");
		Document view = page(get(demands), parent);
		assertThat(view.select(".contradictions .contradiction").text()).contains("Geen contact met oma",
				"Oma brengt de kinderen naar school", "Gevonden door Naast");
		assertThat(page(get(family.path()), coordinator).select(".highlight").text())
			.contains("1 keer spreken vragen elkaar tegen");

		Document badPeriod = page(post(demands).with(csrf())
			.param("kind", "CONDITION")
			.param("askedOf", carer)
			.param("askerOrg", "Gemeente")
			.param("what", "Eerst een vaste woning")
			.param("periodFrom", "2027-03-01")
			.param("periodTo", "2027-01-01")
			.param("polarity", "MUST"), coordinator);
		assertThat(badPeriod.select("#periodTo-error").text()).contains("voor de begindatum");
		assertThat(badPeriod.select("#topic-error").text()).contains("onderwerp");

		// a person links two demands by hand, with a note
		Element any = view.select(".demand").first();
		String link = any.select("form[action$=/contradiction]").attr("action");
		String other = any.select("form[action$=/contradiction] option").get(1).val();
		mvc.perform(
				post(link).session(parent).with(csrf()).param("other", other).param("note", "Dit kan niet allebei."));
		Document linked = page(get(demands), coordinator);
		assertThat(linked.select(".contradictions .contradiction")).hasSize(2);

		for (Element c : linked.select(".contradictions .contradiction")) {
			String resolve = c.select("form[action$=/resolve]").attr("action");
			Document empty = page(post(resolve).with(csrf()).param("resolution", ""), coordinator);
			assertThat(empty.select("details[open] .error-summary").text()).contains("opgelost");
			mvc.perform(post(resolve).session(coordinator).with(csrf()).param("resolution", "Besproken in het team."));
		}
		Document resolved = page(get(demands), parent);
		assertThat(resolved.select(".contradictions")).isEmpty();
		assertThat(resolved.select("#resolved-title + ul li")).hasSize(2);
		assertThat(page(get(family.path()), coordinator).select(".highlight").text()).doesNotContain("tegen");
	}

	@Test
	void theAskerChangesADemandWithAReasonAndWhatItSaidBeforeIsKept() throws Exception {
		mvc.perform(appointment("Gesprek over school", nextMonday, "10:00", "11:00").session(coordinator));
		Element demand = page(get(demands), coordinator).select(".demand").first();
		String change = demand.select("form[action$=/change]").attr("action");
		String version = demand.select("form[action$=/change] input[name=version]").val();
		assertThat(demand.select("form[action$=/change] input[name=startTime]").val()).isEqualTo("10:00");

		Document noReason = page(
				appointmentAt(change, "Gesprek over school", nextMonday, "14:00", "15:00").param("version", version)
					.param("reason", ""),
				coordinator);
		assertThat(noReason.select("details[open] .error-summary").text()).contains("waarom");
		assertThat(noReason.select("details[open] input[name=startTime]").val()).isEqualTo("14:00");

		mvc.perform(post(change).session(coordinator)
			.with(csrf())
			.param("kind", "APPOINTMENT")
			.param("askedOf", carer)
			.param("askerOrg", "Jeugdbescherming")
			.param("what", "Gesprek over school")
			.param("date", nextMonday.toString())
			.param("startTime", "14:00")
			.param("endTime", "15:00")
			.param("reason", "De school kan pas 's middags.")
			.param("version", version));
		Document after = page(get(demands), parent);
		assertThat(after.select(".demand .history").text()).contains("10:00", "14:00", "De school kan pas 's middags.");
		// the parent did not ask it, so cannot change it
		assertThat(after.select("form[action$=/change]")).isEmpty();
		assertThat(mvc.perform(post(change).session(parent).with(csrf()).param("reason", "x").param("version", "1"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aWeekWithMoreThanSixAppointmentsIsTooMuch() throws Exception {
		for (int i = 0; i < 7; i++) {
			mvc.perform(appointment("Afspraak " + i, nextMonday.plusDays(i % 5), (8 + i) + ":00", (8 + i) + ":30")
				.session(coordinator));
		}
		Document view = page(get(demands), parent);
		assertThat(view.select(".alerts").text()).contains("te zwaar", "7 afspraken");
		assertThat(view.select(".load-table tr.overload")).hasSize(1);
		assertThat(view.select(".load-picture rect.bar-overload")).hasSize(1);
	}

}
