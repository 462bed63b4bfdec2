package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.identity.Role;
import nl.naast.legal.LegalReminders;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * The court and contact in a real browser: the coordinator records a supervision order
 * and a placement for a child, and sees the reminder twelve weeks before the order ends;
 * records four contact moments, two of them cancelled by the agency; the daily job
 * reminds the coordinator; the parent, on a phone, reads the totals. Axe-core on every
 * page.
 */
class LegalAndContactBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LegalReminders reminders;

	@Test
	void anOrderIsRemindedOfAndContactIsCounted() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String child = "Jongere " + family.marker();
		LocalDate today = LocalDate.now(DisplayTime.ZONE);
		LocalDate start = today.plusWeeks(12).minusYears(1);

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.click(By.linkText("Maatregelen en termijnen"));
		browser.waitForText(By.tagName("h1"), "Maatregelen en termijnen");
		browser.assertAccessible();
		browser.open(By.xpath("//details[summary[normalize-space()='Maatregel toevoegen']]"));
		browser.choose("m-child", child);
		browser.choose("m-kind", "Ondertoezichtstelling (OTS)");
		browser.date("m-startsOn", start.toString());
		browser.type("m-court", "Rechtbank Midden-Nederland");
		browser.clickText("Maatregel opslaan");
		browser.waitForText(By.cssSelector(".notice"), "De maatregel staat erbij.");
		// twelve weeks before the end: the reminder is on the page
		browser.waitForText(By.cssSelector(".legal-alerts"), "loopt af op");
		browser.waitForText(By.cssSelector(".legal-alerts"), "nog 84 dagen");
		browser.open(By.xpath("//details[summary[normalize-space()='Maatregel toevoegen']]"));
		browser.choose("m-child", child);
		browser.choose("m-kind", "Machtiging uithuisplaatsing");
		browser.date("m-startsOn", start.toString());
		browser.date("m-executedOn", start.plusDays(5).toString());
		browser.submit(By.xpath("//button[normalize-space()='Maatregel opslaan']"));
		browser.waitForText(By.cssSelector(".notice"), "De maatregel staat erbij.");
		browser.waitForText(By.cssSelector(".measures"), "Machtiging uithuisplaatsing");
		browser.assertAccessible();

		browser.open(family.path() + "/contact");
		browser.waitForText(By.tagName("h1"), "Omgang");
		for (int weeks = 8; weeks >= 2; weeks -= 2) {
			browser.open(By.xpath("//details[summary[normalize-space()='Omgangsmoment plannen']]"));
			browser.choose("c-child", child);
			browser.date("c-date", today.minusWeeks(weeks).toString());
			browser.date("c-time", "11:00");
			browser.type("c-minutes", "120");
			browser.type("c-place", "Kantoor jeugdbescherming");
			browser.submit(By.xpath("//button[normalize-space()='Moment plannen']"));
			browser.waitForText(By.cssSelector(".notice"), "Het moment is gepland.");
		}
		// newest first: cancelled, took place, cancelled, took place
		say(1, "afgezegd", "de jeugdbescherming");
		say(2, "ging door", null);
		say(3, "afgezegd", "de jeugdbescherming");
		say(4, "ging door", null);
		browser.waitForText(By.id("contact-headline"),
				"Van de 4 geplande momenten zijn er 2 afgezegd, 2 daarvan door de jeugdbescherming.");
		browser.assertAccessible();

		reminders.run();
		browser.open("/notifications");
		browser.waitForText(By.cssSelector("main"), "loopt af op");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.click(By.linkText("Omgang met de kinderen"));
		browser.waitForText(By.id("contact-headline"),
				"Van de 4 geplande momenten zijn er 2 afgezegd, 2 daarvan door de jeugdbescherming.");
		assertThat(browser.element(By.cssSelector(".contact-table tbody tr")).getText()).contains("2");
		browser.assertAccessible();
		browser.open(family.path() + "/legal");
		browser.waitForText(By.cssSelector(".legal-alerts"), "stopt op");
		browser.assertAccessible();
		browser.signOut();
		UUID familyId = family.id();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM contact_moment WHERE family_id = ?", Integer.class, familyId))
			.isEqualTo(4);
	}

	/** Records how the n-th moment on the page went. */
	private void say(int n, String outcome, String cancelledBy) {
		String moment = "(//li[contains(@class,'moment ')])[" + n + "]";
		browser.open(By.xpath(moment + "//details"));
		String select = browser.element(By.xpath(moment + "//select[@name='outcome']")).getAttribute("id");
		browser.choose(select, outcome);
		if (cancelledBy != null) {
			browser.choose(browser.element(By.xpath(moment + "//select[@name='cancelledBy']")).getAttribute("id"),
					cancelledBy);
		}
		browser.submit(By.xpath(moment + "//button[normalize-space()='Opslaan']"));
		browser.waitForText(By.cssSelector(".notice"), "Opgeslagen.");
	}

}
