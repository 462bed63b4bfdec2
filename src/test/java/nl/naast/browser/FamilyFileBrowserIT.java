package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;

/**
 * The main path in a real browser: a coordinator signs in, registers a family with two
 * children, finds it, opens it and gives the parent access; the parent signs in, sees the
 * family on a phone, and sees that the coordinator looked at the file. Every page passes
 * axe-core.
 */
class FamilyFileBrowserIT extends BrowserTestBase {

	@Test
	void coordinatorRegistersAFamilyAndTheParentSeesItAndWhoLooked() {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		AccountSummary parent = fixtures.account(Role.PARENT);
		String familyName = Fixtures.unique("Gezin Bakker");

		browser.open("/login");
		browser.waitForHeading("Inloggen");
		browser.assertAccessible();
		browser.signIn(coordinator.email(), Fixtures.PASSWORD);
		browser.waitForHeading("Mijn gezinnen");
		browser.assertAccessible();

		browser.clickText("Nieuw gezin");
		browser.waitForHeading("Nieuw gezin");
		browser.assertAccessible();
		browser.type("name", familyName);
		browser.type("carers-0-name", "Ilse Bakker");
		browser.type("carers-0-email", parent.email());
		browser.type("carers-0-language", "Nederlands");
		browser.type("children-0-name", "Lotte Bakker");
		browser.date("children-0-birthDate", "2014-06-02");
		browser.choose("children-0-living", "In een pleeggezin");
		browser.type("children-0-livingWith", "pleeggezin in Zeist");
		browser.clickText("Nog een kind");
		browser.waitForText(By.cssSelector("body"), "Kind 2");
		browser.type("children-1-name", "Daan Bakker");
		browser.date("children-1-birthDate", "2018-11-20");
		browser.choose("children-1-living", "In een pleeggezin");
		browser.type("strengths", "Ilse belt elke zondag met de kinderen.");
		// a mistake first: the form explains it and keeps everything typed
		browser.type("name", "");
		browser.clickText("Gezin opslaan");
		browser.waitForText(By.cssSelector(".error-summary"), "Naam van het gezin: Vul dit in.");
		browser.assertAccessible();
		assertThat(browser.texts(By.cssSelector("#children-1-name")).size()).isEqualTo(1);
		browser.type("name", familyName);
		browser.clickText("Gezin opslaan");
		browser.waitForHeading(familyName);
		assertThat(browser.text()).contains("Lotte Bakker", "Daan Bakker", "Ilse belt elke zondag");
		browser.assertAccessible();

		browser.open("/families");
		browser.type("q", familyName.substring(6));
		browser.waitForText(By.id("family-results"), "1 gezin");
		browser.click(By.linkText(familyName));
		browser.waitForHeading(familyName);
		browser.clickText("Geef Ilse Bakker toegang tot Naast");
		browser.waitForText(By.cssSelector(".notice"), "kan nu inloggen");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(parent.email(), Fixtures.PASSWORD);
		browser.waitForHeading("Ons gezin");
		assertThat(browser.text()).contains("Lotte Bakker", "In een pleeggezin", "Ilse belt elke zondag");
		browser.assertAccessible();
		browser.clickText("Wie keek in ons dossier?");
		browser.waitForHeading("Wie keek in ons dossier?");
		assertThat(browser.texts(By.cssSelector(".access-log li")))
			.anyMatch(line -> line.contains(coordinator.displayName()) && line.contains("bekeek het overzicht"));
		browser.assertAccessible();

		browser.open("/families?lang=en");
		browser.waitForHeading("Our family");
		browser.assertAccessible();
		browser.desktop();
	}

}
