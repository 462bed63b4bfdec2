package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * The team and the plan in a real browser, every page checked with axe-core: the family
 * consents part by part and withdraws, and the family leads its plan with the coordinator
 * and a partner.
 */
class TeamAndPlanBrowserIT extends BrowserTestBase {

	@Test
	void theFamilyDecidesWhatAPartnerSeesAndAWithdrawalCountsAtTheNextClick() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		AccountSummary partner = fixtures.account(Role.PARTNER);

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(family.path() + "/team");
		browser.waitForHeading("Team rond " + browser.element(By.cssSelector(".breadcrumb a")).getText());
		browser.assertAccessible();
		browser.type("email", partner.email());
		browser.type("roleForFamily", "jeugdbeschermer");
		browser.type("task", "Ik werk met het gezin aan de terugkeer van de kinderen.");
		browser.type("notTask", "Ik beslis niet over de rechter.");
		browser.clickText("Uitnodiging versturen");
		browser.waitForText(By.cssSelector(".notice"), "De uitnodiging is verstuurd.");
		browser.signOut();

		browser.signIn(partner.email(), Fixtures.PASSWORD);
		browser.open("/invitations/" + fixtures.invitationToken(partner.email()));
		browser.waitForHeading("Uitnodiging voor het team rond een gezin");
		assertThat(browser.text()).contains("Ik beslis niet over de rechter.");
		browser.assertAccessible();
		browser.clickText("Ja, ik doe mee");
		browser.waitForText(By.cssSelector(".notice"), "Het gezin beslist nu");
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path() + "/team");
		browser.waitForHeading("Wie helpen ons, en wat mogen zij zien?");
		browser.assertAccessible();
		browser.clickText("Ja, " + partner.displayName() + " mag meedoen");
		browser.waitForText(By.cssSelector(".notice"), "zit nu in uw team");
		String plan = browser.element(By.cssSelector(".member input[value=PLAN]")).getAttribute("id");
		browser.check(plan, true);
		browser.clickText("Opslaan wat " + partner.displayName() + " mag zien");
		browser.waitForText(By.cssSelector(".notice"), "Dit geldt meteen.");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(partner.email(), Fixtures.PASSWORD);
		browser.click(By.cssSelector(".family-card a"));
		browser.waitForText(By.tagName("h1"), "Team rond");
		assertThat(browser.texts(By.cssSelector(".may-see li"))).containsExactly("Doelen en stappenplan");
		assertThat(browser.text()).doesNotContain("Ons verhaal");
		browser.assertAccessible();
		browser.click(By.linkText("Doelen en stappenplan"));
		browser.waitForText(By.tagName("h1"), "Plan van");
		browser.assertAccessible();
		String planUrl = browser.url();

		// the parent withdraws in another session; the partner's very next click is
		// refused
		Browser parentBrowser = parentSession(family);
		try {
			parentBrowser.open(family.path() + "/team");
			parentBrowser.check(plan, false);
			parentBrowser.clickText("Opslaan wat " + partner.displayName() + " mag zien");
			parentBrowser.waitForText(By.cssSelector(".notice"), "Dit geldt meteen.");

			browser.open(planUrl.substring(planUrl.indexOf("/families")));
			browser.waitForHeading("Deze pagina bestaat niet");
			browser.assertAccessible();

			parentBrowser.open(family.path() + "/access-log");
			parentBrowser.waitForHeading("Wie keek in ons dossier?");
			assertThat(parentBrowser.texts(By.cssSelector(".access-log li")))
				.anyMatch(line -> line.contains(partner.displayName()) && line.contains("bekeek de doelen"))
				.anyMatch(line -> line.contains("gaf toestemming om een deel van het dossier te zien."))
				.anyMatch(line -> line.contains("trok toestemming in voor een deel van het dossier."))
				.anyMatch(line -> line.contains("liet iemand meedoen in het team."));
			parentBrowser.assertAccessible();
		}
		finally {
			parentBrowser.close();
		}
		browser.signOut();
	}

	@Test
	void theFamilyLeadsItsPlanWithTheCoordinatorAndAPartner() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String plan = family.path() + "/plan";

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(plan);
		browser.waitForHeading("Onze doelen en stappen");
		browser.assertAccessible();
		writeGoal("horizon-TOMORROW", "Een rustige ochtend zonder ruzie");
		writeGoal("horizon-HALF_YEAR", "Bilal slaapt elk weekend thuis");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(plan);
		writeGoal("horizon-END_GOAL", "De kinderen wonen weer thuis");
		String weekend = goalId("Bilal slaapt elk weekend thuis");
		for (int i = 1; i <= 3; i++) {
			browser.open(By.cssSelector("#goal-" + weekend + " details:has(form[action$='/steps'])"));
			browser.type("n" + weekend + "-what", "Stap " + i);
			new org.openqa.selenium.support.ui.Select(browser.element(By.id("n" + weekend + "-who"))).selectByIndex(i);
			browser.submit(By.cssSelector("#goal-" + weekend + " form[action$='/steps'] button[type=submit]"));
			browser.waitForText(By.cssSelector(".notice"), "De stap staat in het plan.");
		}
		assertThat(browser.texts(By.cssSelector("#who-title + dl dt"))).hasSize(3);
		browser.assertAccessible();
		browser.signOut();

		Fixtures.TeamMember member = fixtures.teamMember(family);
		fixtures.consent(family, member, nl.naast.access.FilePart.PLAN);
		browser.signIn(member.account().email(), Fixtures.PASSWORD);
		browser.open(plan);
		browser.open(By.cssSelector("#goal-" + weekend + " details:has(form[action$='/steps'])"));
		browser.type("n" + weekend + "-what", "Budgetgesprek plannen");
		browser.click(By.cssSelector("#goal-" + weekend + " form[action$='/steps'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "De stap staat in het plan.");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(plan);
		browser.clickText("Ja, dit is ons doel");
		browser.waitForText(By.cssSelector(".notice"), "telt nu als doel van het gezin");
		browser.clickText("Ja, neem deze stap op");
		browser.waitForText(By.cssSelector(".notice"), "De stap staat nu in het plan.");
		browser.open(By.cssSelector("#goal-" + weekend + " details:has(form[action$='/adjust'])"));
		browser.type("a" + weekend + "-text", "Bilal slaapt om het weekend thuis");
		browser.type("a" + weekend + "-reason", "Elk weekend was te veel voor Bilal.");
		browser.click(By.cssSelector("#goal-" + weekend + " form[action$='/adjust'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Het doel is bijgesteld.");
		browser.open(By.cssSelector("#goal-" + weekend + " details.history"));
		assertThat(browser.element(By.cssSelector("#goal-" + weekend + " details.history")).getText()).contains(
				"Bilal slaapt elk weekend thuis", "Bilal slaapt om het weekend thuis",
				"Elk weekend was te veel voor Bilal.");
		browser.assertAccessible();
		browser.open(family.path());
		browser.waitForHeading("Ons gezin");
		assertThat(browser.element(By.cssSelector(".highlight")).getText()).contains("De kinderen wonen weer thuis");
		browser.assertAccessible();
		browser.signOut();
		browser.desktop();
	}

	private void writeGoal(String horizon, String text) {
		browser.open(By.cssSelector("section[aria-labelledby=new-goal-title] details"));
		browser.check(horizon, true);
		browser.type("text", text);
		browser.clickText("Doel opslaan");
		browser.waitForText(By.cssSelector(".notice"), "Het doel staat in het plan.");
	}

	private String goalId(String text) {
		return browser
			.element(By.xpath(
					"//li[contains(@class,'goal')][.//div[@class='goal-text' and normalize-space()='" + text + "']]"))
			.getAttribute("id")
			.substring("goal-".length());
	}

	private Browser parentSession(FamilyWithPeople family) {
		try {
			Browser other = new Browser(baseUrl());
			other.signIn(family.parent().email(), Fixtures.PASSWORD);
			other.waitForHeading("Ons gezin");
			return other;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
