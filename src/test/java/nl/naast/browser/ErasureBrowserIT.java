package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * A parent on a phone asks to erase the family's data, an administrator approves it with
 * a reason, and the parent sees that it was approved and when it happens. Axe-core on
 * every page.
 */
class ErasureBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aParentAsksAnAdministratorApprovesAndTheFamilySeesIt() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		AccountSummary admin = fixtures.account(Role.ADMIN);

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.clickText("Verwijder mijn gegevens");
		browser.waitForHeading("Verwijder mijn gegevens");
		assertThat(browser.fitsWidth()).as("erasure page on 360 px").isTrue();
		browser.assertAccessible();
		browser.click(By.id("ask-erasure"));
		browser.waitForText(By.id("erasure-status"), "Ontvangen, nog niet besloten");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(admin.email(), Fixtures.PASSWORD);
		browser.open("/erasure-requests");
		browser.waitForHeading("Verzoeken om te wissen");
		browser.assertAccessible();
		UUID request = jdbc.queryForObject("SELECT id FROM erasure_request WHERE family_id = ?", UUID.class,
				family.id());
		browser.type("r-" + request + "-reason", "Er is geen wettelijke plicht om te bewaren.");
		browser.clickText("Goedkeuren");
		browser.waitForText(By.tagName("table"), "Goedgekeurd");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path() + "/erasure");
		browser.waitForText(By.id("erasure-status"), "Goedgekeurd: uw gegevens worden vannacht gewist");
		browser.waitForText(By.id("erasure-status"), "Er is geen wettelijke plicht om te bewaren.");
		browser.assertAccessible();
	}

}
