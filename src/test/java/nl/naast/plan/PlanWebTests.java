package nl.naast.plan;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.Pages;
import nl.naast.support.SignIn;

/**
 * The family leads its plan: goals in its own words, steps, proposals, adjustments that
 * keep their history.
 */
@NaastTest
@RecordApplicationEvents
class PlanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEvents events;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	String plan;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
		plan = family.path() + "/plan";
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private void goal(MockHttpSession session, String horizon, String text) throws Exception {
		mvc.perform(post(plan + "/goals").session(session).with(csrf()).param("horizon", horizon).param("text", text));
	}

	private Element card(Document page, String text) {
		return page.select("li.goal")
			.stream()
			.filter(g -> Pages.written(g.select(".goal-text")).equals(List.of(text)))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("No goal " + text + " in " + Pages.written(page.select(".goal-text"))));
	}

	@Test
	void theFamilyWritesItsGoalsAndAgreesTheEndGoalTheCoordinatorWroteDown() throws Exception {
		goal(parent, "TOMORROW", "Een rustige ochtend zonder ruzie");
		goal(parent, "HALF_YEAR", "Bilal slaapt elk weekend thuis");
		goal(coordinator, "END_GOAL", "De kinderen wonen weer thuis");

		Document page = page(get(plan), parent);
		assertThat(page.select("h1").text()).isEqualTo("Onze doelen en stappen");
		Element endGoal = card(page, "De kinderen wonen weer thuis");
		assertThat(endGoal.text()).contains("namens het gezin", family.coordinator().displayName());
		assertThat(card(page, "Een rustige ochtend zonder ruzie").text()).contains(family.parent().displayName())
			.doesNotContain("namens het gezin");
		// not the family's goal yet, so not on the overview
		assertThat(page(get(family.path()), parent).select(".highlight")).isEmpty();

		mvc.perform(post(endGoal.select("form[action$=/agree]").attr("action")).session(parent)
			.with(csrf())
			.param("version", endGoal.select("form[action$=/agree] input[name=version]").val()));
		Document agreed = page(get(plan), parent);
		assertThat(card(agreed, "De kinderen wonen weer thuis").text()).contains("gaf akkoord");
		assertThat(page(get(family.path()), parent).select(".highlight").text()).contains("Ons einddoel",
				"De kinderen wonen weer thuis");
		assertThat(page(get(family.path()), coordinator).select(".highlight").text())
			.contains("De kinderen wonen weer thuis");

		Document second = page(post(plan + "/goals").with(csrf()).param("horizon", "END_GOAL").param("text", "Nog een"),
				coordinator);
		assertThat(second.select("#horizon").text()).contains("al een einddoel");
		assertThat(events.stream(PlanEvents.GoalSet.class)).hasSize(3);
	}

	@Test
	void stepsHaveAnOwnerFromTheFamilyOrTeamAndNoDeadlineInThePast() throws Exception {
		goal(coordinator, "TOMORROW", "Post op orde");
		Document page = page(get(plan), coordinator);
		Element card = card(page, "Post op orde");
		String steps = card.select("form[action$=/steps]").attr("action");
		var options = card.select("select[name=who] option").eachAttr("value");
		assertThat(options).hasSizeGreaterThanOrEqualTo(4); // two children, a parent, the
															// coordinator

		Document bad = page(post(steps).with(csrf())
			.param("what", "")
			.param("who", "TEAM:" + UUID.randomUUID())
			.param("dueOn", "2001-01-01")
			.param("needs", "Een map"), coordinator);
		Element form = bad.select("details[open] form[action$=/steps]").first();
		assertThat(form).isNotNull();
		assertThat(bad.select("details[open] .error-summary li").eachText()).hasSize(3)
			.anyMatch(line -> line.contains("hoort niet bij het gezin of het team"))
			.anyMatch(line -> line.contains("al voorbij"));
		assertThat(form.select("input[name=needs]").val()).isEqualTo("Een map");

		for (int i = 1; i < options.size() && i <= 3; i++) {
			mvc.perform(post(steps).session(coordinator)
				.with(csrf())
				.param("what", "Stap " + i)
				.param("who", options.get(i))
				.param("dueOn", "")
				.param("needs", ""));
		}
		Document withSteps = page(get(plan), parent);
		assertThat(card(withSteps, "Post op orde").select(".step strong").eachText()).containsExactly("Stap 1",
				"Stap 2", "Stap 3");
		assertThat(withSteps.select("#who-title + dl dt")).hasSize(3);

		// the family sets the order
		String move = card(withSteps, "Post op orde").select(".step")
			.get(2)
			.select("form[action$=/move]")
			.attr("action");
		mvc.perform(post(move).session(parent).with(csrf()).param("direction", "up"));
		assertThat(card(page(get(plan), parent), "Post op orde").select(".step strong").eachText())
			.containsExactly("Stap 1", "Stap 3", "Stap 2");
		assertThat(events.stream(PlanEvents.StepAssigned.class)).hasSize(3);
	}

	@Test
	void aPartnerProposesAStepForTheirOwnOrganisationAndTheFamilyDecides() throws Exception {
		Fixtures.GoalWithStep goal = fixtures.goalWithStep(family);
		UUID proposal = fixtures.proposedStep(family, goal.goalId());
		Document page = page(get(plan), parent);
		Element step = page.select(".step.proposed").first();
		assertThat(step.text()).contains("Budgetgesprek plannen", "Voorstel van");
		assertThat(page.select("#who-title + dl").text()).doesNotContain("Budgetgesprek plannen");
		mvc.perform(post(plan + "/steps/" + proposal + "/proposal").session(parent)
			.with(csrf())
			.param("accept", "true")
			.param("version", step.select("input[name=version]").val()));
		Document accepted = page(get(plan), parent);
		assertThat(accepted.select(".step.proposed")).isEmpty();
		assertThat(accepted.select("#who-title + dl").text()).contains("Budgetgesprek plannen");
	}

	@Test
	void adjustingAskForAReasonAndKeepsBothVersions() throws Exception {
		goal(parent, "HALF_YEAR", "Elke week omgang met beide kinderen");
		Element card = card(page(get(plan), parent), "Elke week omgang met beide kinderen");
		String adjust = card.select("form[action$=/adjust]").attr("action");
		String version = card.select("form[action$=/adjust] input[name=version]").val();

		Document noReason = page(post(adjust).with(csrf())
			.param("horizon", "HALF_YEAR")
			.param("text", "Om de week omgang")
			.param("reason", "")
			.param("version", version), parent);
		assertThat(noReason.select("details[open] .error-summary").text()).contains("waarom");
		assertThat(noReason.select("details[open] textarea[name=text]").text()).isEqualTo("Om de week omgang");

		mvc.perform(post(adjust).session(parent)
			.with(csrf())
			.param("horizon", "HALF_YEAR")
			.param("text", "Om de week omgang")
			.param("reason", "Elke week was te zwaar voor Bilal.")
			.param("version", version));
		Element adjusted = card(page(get(plan), parent), "Om de week omgang");
		assertThat(adjusted.select(".status-label").text()).isEqualTo("Bijgesteld");
		assertThat(adjusted.select(".history").text()).contains("Elke week omgang met beide kinderen",
				"Om de week omgang", "Elke week was te zwaar voor Bilal.");
		assertThat(page(get(plan), parent).select(".progress-picture circle")).hasSizeGreaterThanOrEqualTo(2);

		// a second writer working from the old version sees the conflict and keeps their
		// words
		Document conflict = page(post(adjust).with(csrf())
			.param("horizon", "HALF_YEAR")
			.param("text", "Elke zaterdag omgang")
			.param("reason", "Zaterdag past beter.")
			.param("version", version), coordinator);
		assertThat(conflict.select(".notice--error").text()).contains("Iemand anders heeft dit net veranderd");
		assertThat(conflict.select("details[open] textarea[name=text]").text()).isEqualTo("Elke zaterdag omgang");
		assertThat(events.stream(PlanEvents.GoalAdjusted.class)).hasSize(1);
	}

	@Test
	void aYoungPersonWritesAndSeesTheirOwnGoalsOnly() throws Exception {
		MockHttpSession youth = SignIn.as(mvc, family.youth());
		goal(parent, "TOMORROW", "Ouderdoel " + family.marker());
		goal(youth, "TOMORROW", "Mijn eigen kamer opruimen");
		Document own = page(get(plan), youth);
		assertThat(Pages.written(own.select(".goal-text"))).containsExactly("Mijn eigen kamer opruimen");
		Document endGoal = page(post(plan + "/goals").with(csrf()).param("horizon", "END_GOAL").param("text", "x"),
				youth);
		assertThat(endGoal.select(".error-summary").text()).contains("einddoel");
		Element parentsGoal = card(page(get(plan), parent), "Ouderdoel " + family.marker());
		assertThat(mvc
			.perform(post(parentsGoal.select("form[action$=/adjust]").attr("action")).session(youth)
				.with(csrf())
				.param("horizon", "TOMORROW")
				.param("text", "y")
				.param("reason", "z")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aGoalIsReachedNeverFailed() throws Exception {
		goal(parent, "TOMORROW", "Naar de huisarts");
		Element card = card(page(get(plan), parent), "Naar de huisarts");
		assertThat(card.select("select[name=status] option").eachAttr("value")).containsExactly("OPEN", "IN_PROGRESS",
				"REACHED");
		mvc.perform(post(card.select("form.goal-status").attr("action")).session(parent)
			.with(csrf())
			.param("status", "REACHED")
			.param("version", card.select("form.goal-status input[name=version]").val()));
		assertThat(card(page(get(plan), parent), "Naar de huisarts").select(".status-label").text())
			.isEqualTo("Bereikt");
		assertThat(events.stream(PlanEvents.GoalReached.class)).hasSize(1);
		assertThat(page(get(family.path() + "/access-log"), parent).text()).contains("veranderde een doel.");
	}

}
