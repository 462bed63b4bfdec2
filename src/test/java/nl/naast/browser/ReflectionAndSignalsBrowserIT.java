package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * Doubt and signals in a real browser: a coordinator writes in the doubt journal about a
 * family and turns it into an insight; a partner finds it on a phone, comments and marks
 * that it changed their work; the coordinator records a barrier on a phone and the team
 * manager sees it counted. Axe-core on every page.
 */
class ReflectionAndSignalsBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDoubtBecomesAnInsightAndABarrierIsCounted() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String familyName = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		String title = "Een gemiste afspraak is geen onwil " + Fixtures.unique("b");

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.clickText("Reflectie");
		browser.waitForHeading("Twijfeldagboek");
		browser.assertAccessible();
		browser.type("knew", "Dat moeder de afspraken niet belangrijk vond.");
		browser.type("notKnown", "Dat de brieven pas 's avonds worden gelezen.");
		browser.type("tomorrow", "Eerst vragen welke dagen kunnen.");
		browser.choose("family", familyName);
		browser.clickText("Opslaan in mijn dagboek");
		browser.waitForText(By.cssSelector(".notice"), "Je stuk staat in je dagboek.");
		browser.waitForText(By.cssSelector(".journal-entry"), "Gaat over: " + familyName);
		browser.assertAccessible();

		browser.clickText("Maak er een inzicht voor het team van");
		browser.waitForHeading("Nieuw inzicht");
		assertThat(browser.element(By.id("thought")).getAttribute("value"))
			.isEqualTo("Dat moeder de afspraken niet belangrijk vond.");
		browser.type("title", title);
		browser.check("theme-POVERTY", true);
		browser.assertAccessible();
		browser.clickText("Inzicht delen met het team");
		browser.waitForHeading(title);
		browser.assertAccessible();
		browser.signOut();

		AccountSummary partner = fixtures.account(Role.PARTNER);
		browser.phone();
		browser.signIn(partner.email(), Fixtures.PASSWORD);
		browser.open("/reflection/insights");
		browser.type("q", "gemiste afspraak");
		browser.choose("theme", "Armoede");
		browser.clickText("Zoeken");
		browser.assertAccessible();
		browser.clickText(title);
		browser.waitForHeading(title);
		browser.type("comment", "Herkenbaar. Wij bellen nu eerst.");
		browser.clickText("Reactie plaatsen");
		browser.waitForText(By.cssSelector(".comments"), "Herkenbaar. Wij bellen nu eerst.");
		browser.clickText("Dit veranderde mijn werk");
		browser.waitForText(By.cssSelector(".notice"), "Je hebt laten weten dat dit je werk veranderde.");
		browser.waitForText(By.cssSelector("main"), "Dit veranderde het werk van 1 collega.");
		browser.assertAccessible();
		// the coordinator's journal stays the coordinator's
		browser.open("/reflection");
		assertThat(browser.element(By.tagName("main")).getText()).doesNotContain("niet belangrijk vond");
		browser.signOut();

		// no kind of barrier small, so that the count is shown rather than withheld
		fixtures.barriersInEveryCategory(nl.naast.reporting.Reports.MIN_GROUP);
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM signal_barrier WHERE category = 'DISCRIMINATION'",
				Long.class);
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.clickText("Drempels");
		browser.waitForHeading("Drempels");
		browser.assertAccessible();
		browser.type("b-happened", "Bij de intake werd gevraagd of het gezin wel Nederlands spreekt thuis.");
		browser.type("b-organisations", "Wijkteam");
		browser.choose("b-category", "Discriminatie");
		browser.type("b-impact", "Moeder voelde zich niet welkom en zegde de volgende afspraak af.");
		browser.choose("b-family", familyName);
		browser.clickText("Drempel opslaan");
		browser.waitForText(By.cssSelector(".notice"), "De drempel is opgeslagen.");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(fixtures.account(Role.MANAGER).email(), Fixtures.PASSWORD);
		browser.clickText("Drempels");
		String counted = browser
			.element(By.xpath("//div[@class='chart-with-table'][h3[@id='signals-categories-heading']]"
					+ "//tr[th[normalize-space()='Discriminatie']]/td"))
			.getText();
		assertThat(Long.parseLong(counted)).isEqualTo(before + 1);
		String main = browser.element(By.tagName("main")).getText();
		assertThat(main).contains("Nederlands spreekt thuis").doesNotContain(familyName);
		browser.assertAccessible();
		browser.clickText("Overzicht");
		browser.waitForHeading("Overzicht");
		browser.assertAccessible();
		browser.signOut();
	}

	@Test
	void intervisionAJournalEntryAndAThemeAreAccessible() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		Fixtures.Reflection reflection = fixtures.reflection(family);
		String topic = jdbc.queryForObject("SELECT topic FROM reflection_session WHERE id = ?", String.class,
				reflection.sessionId());

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open("/reflection/intervision");
		browser.waitForHeading("Intervisie");
		browser.assertAccessible();
		browser.click(By.cssSelector("a[href='/reflection/intervision/sessions/" + reflection.sessionId() + "']"));
		browser.waitForHeading(topic);
		browser.assertAccessible();
		browser.type("learned", "Eerst vragen wat het gezin nodig heeft.");
		browser.submit(By.cssSelector("form[action$='/sessions/" + reflection.sessionId() + "'] button"));
		browser.waitForText(By.tagName("main"), "Deel wat je leerde als inzicht met het hele team");
		browser.assertAccessible();
		browser.open("/reflection/journal/" + reflection.journalEntryId());
		browser.waitForHeading("Stuk uit je dagboek aanpassen");
		browser.assertAccessible();
		browser.signOut();

		AccountSummary manager = fixtures.account(Role.MANAGER);
		java.util.UUID barrier = fixtures.barrier(family.coordinator(), family,
				"Het formulier was alleen online " + Fixtures.unique("b"));
		String title = Fixtures.unique("Alleen online");
		java.util.UUID theme = fixtures.theme(manager, title);
		browser.phone();
		browser.signIn(manager.email(), Fixtures.PASSWORD);
		browser.open("/signals");
		browser.choose("p" + barrier + "-theme", title);
		browser.submit(By.cssSelector("form[action='/signals/" + barrier + "/theme'] button"));
		browser.waitForText(By.cssSelector(".notice"), "De drempel staat in het thema.");
		browser.open("/signals/themes/" + theme);
		browser.waitForHeading(title);
		assertThat(browser.element(By.tagName("main")).getText()).contains("Het formulier was alleen online");
		browser.assertAccessible();
		browser.open(By.cssSelector("details#rename"));
		browser.assertAccessible();
		browser.signOut();
	}

}
