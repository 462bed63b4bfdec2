package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.Fixtures.TeamMember;

/**
 * What is asked of the family, in a real browser: two partners enter overlapping
 * appointments and the clash shows; the parent marks one "te veel" on a phone; the
 * coordinator sees both on the overview. Axe-core on every page.
 */
class DemandsBrowserIT extends BrowserTestBase {

	final LocalDate nextMonday = LocalDate.now(DisplayTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@Test
	void aClashAndTheFamilysMarkReachTheCoordinator() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		TeamMember first = fixtures.teamMember(family);
		TeamMember second = fixtures.teamMember(family);
		fixtures.consent(family, first, FilePart.DEMANDS);
		fixtures.consent(family, second, FilePart.DEMANDS);
		String demands = family.path() + "/demands";

		browser.desktop();
		enterAppointment(first, demands, "Gesprek bij de jeugdbescherming", "10:00", "11:00");
		browser.signOut();
		enterAppointment(second, demands, "Huisbezoek van het wijkteam", "11:10", "12:00");
		browser.waitForText(By.cssSelector(".notice"), "botst met een andere afspraak");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(demands);
		browser.waitForHeading("Wat wordt er van ons gevraagd?");
		browser.assertAccessible();
		String id = browser.element(By.xpath(
				"//li[contains(@class,'demand')][.//div[contains(@class,'demand-what')][starts-with(normalize-space(),'Huisbezoek van het')]]"))
			.getAttribute("id")
			.substring("demand-".length());
		browser.open(By.cssSelector("#demand-" + id + " details:has(form[action$='/mark'])"));
		browser.check("m" + id + "-TOO_MUCH", true);
		browser.type("m" + id + "-words", "Twee afspraken op één ochtend lukt mij niet.");
		browser.click(By.cssSelector("#demand-" + id + " form[action$='/mark'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "De procesbegeleider ziet wat u vindt.");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		assertThat(browser.element(By.cssSelector(".highlight")).getText()).contains("2 afspraken botsen",
				"1 opmerking van het gezin");
		browser.assertAccessible();
		browser.click(By.linkText("Bekijk wat er gevraagd wordt"));
		browser.waitForText(By.tagName("h1"), "Wat er van");
		assertThat(browser.element(By.cssSelector(".family-voice")).getText()).contains("Te veel",
				"Twee afspraken op één ochtend lukt mij niet.");
		assertThat(browser.texts(By.cssSelector(".demand.clash .demand-what"))).hasSize(2);
		browser.assertAccessible();

		// the coordinator links the two as contradicting, and later resolves it with a
		// note
		String clashId = browser.element(By.xpath(
				"//li[contains(@class,'demand')][.//div[contains(@class,'demand-what')][starts-with(normalize-space(),'Gesprek bij de')]]"))
			.getAttribute("id")
			.substring("demand-".length());
		browser.open(By.cssSelector("#demand-" + clashId + " details:has(form[action$='/contradiction'])"));
		new org.openqa.selenium.support.ui.Select(browser.element(By.id("l" + clashId + "-other"))).selectByIndex(1);
		browser.type("l" + clashId + "-note", "De jeugdbescherming en het wijkteam vragen dezelfde ochtend.");
		browser.click(By.cssSelector("#demand-" + clashId + " form[action$='/contradiction'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".contradictions"),
				"De jeugdbescherming en het wijkteam vragen dezelfde ochtend.");
		browser.assertAccessible();
		browser.open(By.cssSelector(".contradictions details"));
		browser.type(browser.element(By.cssSelector(".contradictions textarea")).getAttribute("id"),
				"Het wijkteam komt een uur later.");
		browser.click(By.cssSelector(".contradictions form button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Opgelost.");
		assertThat(browser.text()).contains("Het wijkteam komt een uur later.");
		browser.assertAccessible();
		browser.signOut();
	}

	private void enterAppointment(TeamMember member, String demands, String what, String from, String to) {
		browser.signIn(member.account().email(), Fixtures.PASSWORD);
		browser.open(demands);
		browser.open(By.cssSelector("section[aria-labelledby=record-title] details"));
		browser.check("kind-APPOINTMENT", true);
		new org.openqa.selenium.support.ui.Select(browser.element(By.id("askedOf"))).selectByIndex(1);
		browser.type("askerOrg", "Jeugdbescherming Regio Midden");
		browser.type("what", what);
		browser.date("date", nextMonday.toString());
		browser.date("startTime", from);
		browser.date("endTime", to);
		browser.clickText("Opslaan");
		browser.waitForText(By.cssSelector(".notice"), "Opgeslagen");
	}

}
