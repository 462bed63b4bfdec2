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
 * Break the glass in a real browser: a team manager finds a family by name, is refused a
 * reason that is too short, opens the file read-only with a reason and the password, and
 * closes it again; the parent sees the notice on a phone; another manager reviews it.
 * Every page passes axe-core.
 */
class EmergencyBrowserIT extends BrowserTestBase {

	static final String REASON = "Melding van school: kind niet opgehaald, procesbegeleider onbereikbaar.";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerOpensAFamilyInAnEmergencyTheParentSeesItAndAnotherManagerReviewsIt() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String familyName = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		AccountSummary manager = fixtures.account(Role.MANAGER);
		AccountSummary reviewer = fixtures.account(Role.MANAGER);

		browser.signIn(manager.email(), Fixtures.PASSWORD);
		browser.clickText("Noodtoegang");
		browser.waitForHeading("Noodtoegang tot een gezinsdossier");
		browser.assertAccessible();
		browser.type("q", familyName);
		browser.submit(By.cssSelector("form.search button[type=submit]"));
		browser.waitForText(By.id("found-title"), "Gevonden: 1");
		assertThat(browser.text()).contains(family.coordinator().displayName()).doesNotContain(family.marker());
		browser.assertAccessible();
		browser.clickText("Noodtoegang tot " + familyName);
		browser.waitForHeading("Noodtoegang tot " + familyName);
		browser.assertAccessible();

		// too short a reason: said at the field, the text kept
		browser.type("reason", "Kind in gevaar");
		browser.type("password", Fixtures.PASSWORD);
		browser.submit(By.xpath("//button[normalize-space()='Dossier openen in noodgeval']"));
		browser.waitForText(By.cssSelector(".error-summary"), "Schrijf minstens 20 tekens. Nu zijn het er 14.");
		assertThat(browser.text()).contains("Kind in gevaar");
		browser.assertAccessible();

		browser.type("reason", REASON);
		browser.type("password", Fixtures.PASSWORD);
		browser.submit(By.xpath("//button[normalize-space()='Dossier openen in noodgeval']"));
		browser.waitForHeading(familyName);
		assertThat(browser.text()).contains("U leest dit dossier in een noodgeval", family.marker(), REASON)
			.doesNotContain("Gegevens aanpassen");
		browser.assertAccessible();
		browser.submit(By.xpath("//button[normalize-space()='Nu sluiten']"));
		browser.waitForHeading("Noodtoegang tot een gezinsdossier");
		browser.waitForText(By.cssSelector(".notice--success"), "weer gesloten");
		browser.open(family.path());
		assertThat(browser.text()).doesNotContain(family.marker());
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.waitForText(By.cssSelector(".emergency-notice"),
				"Een manager heeft uw dossier in een noodgeval geopend op");
		assertThat(browser.text()).contains(REASON, manager.displayName());
		assertThat(browser.fitsWidth()).isTrue();
		browser.assertAccessible();
		browser.signOut();
		browser.desktop();

		UUID emergency = jdbc.queryForObject("SELECT id FROM emergency_access WHERE account_id = ?", UUID.class,
				manager.id());
		browser.signIn(reviewer.email(), Fixtures.PASSWORD);
		browser.clickText("Noodtoegang nakijken");
		browser.waitForHeading("Noodtoegang nakijken");
		browser.assertAccessible();
		String item = "//li[@id='review-" + emergency + "']";
		browser.submit(By.xpath(item + "//button[normalize-space()='Oordeel opslaan']"));
		browser.waitForText(By.cssSelector(".error-summary"), "Kies of het terecht was.");
		browser.assertAccessible();
		browser.click(By.id("r" + emergency + "-outcome"));
		browser.type("r" + emergency + "-note", "Het kind was niet opgehaald; de school belde terecht.");
		browser.submit(By.xpath(item + "//button[normalize-space()='Oordeel opslaan']"));
		browser.waitForText(By.cssSelector(".notice--success"), "Uw oordeel is opgeslagen.");
		assertThat(browser.text()).contains("Terecht (nagekeken door " + reviewer.displayName() + ")");
		browser.assertAccessible();
		assertThat(jdbc.queryForObject("SELECT reviewed_by FROM emergency_access WHERE id = ?", UUID.class, emergency))
			.isEqualTo(reviewer.id());
	}

}
