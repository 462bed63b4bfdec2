package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.plan.Plans;
import nl.naast.plan.Progress;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.Fixtures.TeamMember;

/**
 * The journey in a real browser: on a phone the parent records a setback with what they
 * learn and rates two professionals, one low; the coordinator sees the notice and
 * responds; the parent reads the response; the picture shows the setback and a goal
 * reached. Axe-core on every page.
 */
class JourneyBrowserIT extends BrowserTestBase {

	@Autowired
	Plans plans;

	@Autowired
	Accounts accounts;

	@Test
	void aSetbackAndALowRatingAreHeardAndAnswered() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		TeamMember member = fixtures.teamMember(family);
		TeamMember mentor = fixtures.teamMember(family);
		Fixtures.GoalWithStep goal = fixtures.goalWithStep(family);
		accounts.actingAs(family.coordinator().id(), () -> {
			plans.setStatus(family.id(), goal.goalId(), Progress.REACHED, 0);
			return null;
		});
		String journey = family.path() + "/journey";

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.click(By.linkText("Hoe het met ons gaat"));
		browser.waitForHeading("Hoe het met ons gaat");
		browser.assertAccessible();
		browser.open(By.cssSelector("section[aria-labelledby=journal-title] details"));
		browser.check("e-kind-SETBACK", true);
		browser.date("e-happenedOn", LocalDate.now(DisplayTime.ZONE).toString());
		browser.type("e-what", "Yasmina wilde na het bezoek niet terug.");
		browser.type("e-learned", "Afscheid nemen gaat beter als we het voorbereiden.");
		browser.type("e-doingNow", "We spreken een vast ritueel af.");
		browser.click(By.cssSelector("form[action$='/entries'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".journal"), "Yasmina wilde na het bezoek niet terug.");
		rate(mentor.account().id().toString(), "8", "De mentor luistert goed.");
		rate(member.account().id().toString(), "2", "Ik word niet gehoord.");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.waitForText(By.cssSelector(".highlight"), "aandacht");
		browser.click(By.linkText("Bekijk en reageer"));
		browser.waitForText(By.cssSelector(".notices"), "Ik word niet gehoord.");
		browser.assertAccessible();
		String field = browser.element(By.cssSelector(".notices textarea")).getAttribute("id");
		browser.type(field, "Ik bel Jeroen en we plannen samen een gesprek.");
		browser.clickText("Opslaan, de ouder leest het");
		browser.waitForText(By.cssSelector(".notice"), "De ouder leest wat je ermee doet.");
		// the picture: the setback below the line, the goal reached
		assertThat(browser.element(By.cssSelector("svg.journey-picture path[fill='#b3261e']"))).isNotNull();
		assertThat(browser.element(By.cssSelector("svg.journey-picture circle[fill='#1e6b3a']"))).isNotNull();
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(journey);
		browser.waitForText(By.cssSelector(".ratings"), "Ik bel Jeroen en we plannen samen een gesprek.");
		browser.assertAccessible();
		browser.signOut();
	}

	private void rate(String professional, String score, String comment) {
		browser.open(By.cssSelector("details.rating-form:has(input[name=professional][value='" + professional + "'])"));
		for (String q : new String[] { "heard", "important", "fits", "helps" }) {
			browser.date("r" + professional + "-" + q, score);
		}
		browser.type("r" + professional + "-comment", comment);
		browser.submit(By.cssSelector(
				"details.rating-form:has(input[name=professional][value='" + professional + "']) button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Dank je wel.");
	}

}
