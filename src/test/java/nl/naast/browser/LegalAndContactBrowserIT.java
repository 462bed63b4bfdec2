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
 * sees an overdue deadline on top; records four contact moments, two of them cancelled by
 * the agency, an arrangement, and removes a moment planned by mistake; the daily job
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
		// a report the family should have reacted to three days ago: on top, overdue
		browser.open(By.xpath("//details[summary[normalize-space()='Zitting of termijn toevoegen']]"));
		browser.choose("e-kind", "Reageren op het raadsrapport");
		browser.date("e-dueOn", today.minusDays(3).toString());
		browser.submit(By.xpath("//button[normalize-space()='Opslaan']"));
		browser.waitForText(By.cssSelector(".notice"), "Het staat erbij.");
		browser.waitForText(By.cssSelector(".event--overdue"), "3 dagen te laat");
		browser.open("/legal/deadlines");
		browser.waitForText(By.cssSelector("tbody tr.deadline--overdue"), "te laat");
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

		// an arrangement, and a moment planned by mistake that is removed again
		browser.open(By.xpath("//details[summary[normalize-space()='Afspraak over omgang vastleggen']]"));
		browser.choose("a-child", child);
		browser.type("a-frequency", "Elke twee weken, op zaterdag");
		browser.type("a-minutes", "120");
		browser.choose("a-setBy", "de rechter");
		browser.date("a-since", today.minusMonths(3).toString());
		browser.submit(By.xpath("//button[normalize-space()='Afspraak opslaan']"));
		browser.waitForText(By.cssSelector(".arrangement--current"), "geldt nu");
		browser.open(By.xpath("//details[summary[normalize-space()='Omgangsmoment plannen']]"));
		browser.choose("c-child", child);
		browser.date("c-date", today.plusWeeks(1).toString());
		browser.date("c-time", "11:00");
		browser.type("c-minutes", "120");
		browser.submit(By.xpath("//button[normalize-space()='Moment plannen']"));
		browser.waitForText(By.cssSelector(".notice"), "Het moment is gepland.");
		String mistake = "(//li[contains(@class,'moment ')])[1]";
		browser.open(By.xpath(mistake + "//details[summary[normalize-space()='Verplaatsen of weghalen']]"));
		browser.open(By.xpath("//li[contains(@class,'arrangement--current')]//details"));
		browser.assertAccessible();
		browser.type(browser.element(By.xpath(mistake + "//input[@name='removeReason']")).getAttribute("id"),
				"Per ongeluk ingevuld");
		browser.submit(By.xpath(mistake + "//button[normalize-space()='Weghalen']"));
		browser.waitForText(By.cssSelector(".notice"), "Het moment is weggehaald.");
		browser.waitForText(By.cssSelector(".moment--removed"), "weggehaald");
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
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_moment WHERE family_id = ? AND removed_at IS NULL",
				Integer.class, familyId))
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
