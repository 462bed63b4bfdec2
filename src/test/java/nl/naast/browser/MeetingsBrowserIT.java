package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.Fixtures.TeamMember;
import nl.naast.support.MovableClock;

/**
 * A court hearing from planning to "did it help?", in a real browser: the coordinator
 * plans it, the parent prepares on a phone; after the hearing the coordinator writes the
 * summary and turns two agreements into a step and a demand, the parent writes their own
 * account, corrects one part and answers the questions; a partner with consent for
 * meetings reads the summary and the parent's account, never the steam-off note. Axe-core
 * on every page.
 */
@Import(MeetingsBrowserIT.Time.class)
class MeetingsBrowserIT extends BrowserTestBase {

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MovableClock clock;

	@Test
	void aCourtHearingPreparedTogetherAndTalkedThroughAfterwards() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		fixtures.goalWithStep(family);
		TeamMember partner = fixtures.teamMember(family);
		fixtures.consent(family, partner, FilePart.MEETINGS);
		LocalDate tomorrow = LocalDate.now(DisplayTime.ZONE).plusDays(1);
		String meetings = family.path() + "/meetings";

		// the coordinator plans the hearing and says what to expect
		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(meetings);
		browser.waitForHeading(browser.heading());
		browser.assertAccessible();
		browser.open(By.cssSelector("section[aria-labelledby=plan-title] details"));
		browser.check("kind-COURT_HEARING", true);
		browser.type("organisation", "Rechtbank Midden-Nederland");
		browser.type("people", "Kinderrechter mr. De Boer");
		browser.date("date", tomorrow.toString());
		browser.date("startTime", "10:00");
		browser.date("endTime", "11:00");
		browser.type("place", "Vrouwe Justitiaplein 1, Utrecht");
		browser.click(By.cssSelector("input[name=family]"));
		browser.check("companion-" + family.coordinator().id(), true);
		browser.clickText("Gesprek opslaan");
		browser.waitForText(By.cssSelector(".notice"), "Het gesprek staat erin.");
		String meeting = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
		browser.assertAccessible();
		browser.type("g-expect", "Eerst praat de jeugdbeschermer, daarna jij. De rechter beslist binnen twee weken.");
		browser.type("g-bring", "Je identiteitsbewijs");
		browser.click(By.cssSelector("form[action$='/guidance'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Bewaard.");
		browser.signOut();

		// the parent prepares on a phone
		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.waitForText(By.cssSelector(".highlight"), "Naar de kinderrechter");
		browser.click(By.linkText("Naar de gesprekken"));
		browser.click(By.partialLinkText("Naar de kinderrechter"));
		browser.waitForText(By.cssSelector(".meeting-facts"), "Kinderrechter mr. De Boer");
		assertThat(browser.text()).contains("De rechter beslist binnen twee weken.");
		browser.assertAccessible();
		browser.type("p-say", "Het gaat beter. Ik ben nooit te laat bij de omgang.");
		browser.type("p-ask", "Wanneer mag Bilal bij mij slapen?");
		browser.type("p-safe", "Dat Sanne naast me zit.");
		browser.clickText("Voorbereiding opslaan");
		browser.waitForText(By.cssSelector(".notice"), "Je voorbereiding is bewaard.");
		browser.assertAccessible();
		browser.signOut();

		// the day after: the hearing took place
		clock.moveTo(tomorrow.atTime(12, 0).atZone(DisplayTime.ZONE).toInstant());

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(meeting);
		browser.waitForText(By.cssSelector(".summary"), "Samenvatting in gewone woorden");
		assertThat(browser.text()).contains("Wanneer mag Bilal bij mij slapen?");
		browser.type("s-said", "De jeugdbeschermer vertelde dat het goed gaat. Jij vertelde over de omgang.");
		browser.type("s-decided", "De ondertoezichtstelling duurt nog een half jaar.");
		browser.type("s-means", "Jeroen blijft jullie jeugdbeschermer.");
		browser.type("s-next", "De rechter stuurt de beslissing binnen twee weken.");
		browser.click(By.cssSelector("button[name=action][value=final]"));
		browser.waitForText(By.cssSelector(".notice"), "De samenvatting is klaar.");
		browser.assertAccessible();
		addAgreement("De woningcorporatie bellen", tomorrow.plusDays(7));
		addAgreement("Het formulier voor de toeslag opsturen", null);
		browser.click(By.xpath("//li[contains(@class,'agreement')][.//strong[text()='De woningcorporatie bellen']]"
				+ "//button[normalize-space()='Maak er een stap van']"));
		browser.waitForText(By.cssSelector(".notice"), "De afspraak is nu een stap in het plan.");
		browser.click(By.xpath("//li[contains(@class,'agreement')][.//strong[text()='Het formulier voor de toeslag "
				+ "opsturen']]//button[normalize-space()='Zet bij wat er gevraagd wordt']"));
		browser.waitForText(By.cssSelector(".notice"), "De afspraak staat nu bij wat er gevraagd wordt.");
		browser.assertAccessible();
		browser.open(family.path() + "/plan");
		browser.waitForText(By.tagName("main"), "De woningcorporatie bellen");
		browser.open(family.path() + "/demands");
		browser.waitForText(By.tagName("main"), "Het formulier voor de toeslag opsturen");
		browser.signOut();

		// the parent, on the phone again: their own account, a correction, and did it
		// help
		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.waitForText(By.cssSelector("main"), "hoe ging het?");
		browser.open(meeting);
		browser.waitForText(By.cssSelector("#part-DECIDED"), "half jaar");
		browser.assertAccessible();
		browser.type("o-howItWas", "Spannend, maar Sanne zat naast me.");
		browser.type("o-whatHeard", "Dat Jeroen blijft.");
		browser.click(By.cssSelector("form[action$='/own-account'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Je verhaal is bewaard.");
		browser.open(By.cssSelector("#part-DECIDED details.disclosure"));
		browser.type("kDECIDED-correction", "Het is tot de volgende zitting, niet een half jaar.");
		browser.click(By.cssSelector("#part-DECIDED form button[type=submit]"));
		browser.waitForText(By.cssSelector("#part-DECIDED"), "niet een half jaar");
		browser.assertAccessible();
		browser.date("f-heard", "8");
		browser.date("f-mattered", "7");
		browser.date("f-nextKnown", "9");
		browser.date("f-useful", "8");
		browser.type("f-comment", "Fijn dat Sanne er was.");
		browser.clickText("Antwoorden versturen");
		browser.waitForText(By.cssSelector(".notice"), "Dank je wel voor je antwoorden.");
		assertThat(browser.element(By.cssSelector(".feedback")).getText()).contains("8 / 10", "9 / 10");
		browser.type("n-words", "Ik was boos toen ze over vroeger begonnen.");
		browser.clickText("Alleen voor ons bewaren");
		browser.waitForText(By.cssSelector(".private-room"), "Ik was boos toen ze over vroeger begonnen.");
		browser.assertAccessible();
		browser.signOut();

		// the partner with consent for meetings reads the summary and the parent's
		// account, never the steam-off note
		browser.desktop();
		browser.signIn(partner.account().email(), Fixtures.PASSWORD);
		browser.open(meeting);
		browser.waitForText(By.cssSelector(".summary"), "De ondertoezichtstelling duurt nog een half jaar.");
		assertThat(browser.text()).contains("Spannend, maar Sanne zat naast me.")
			.contains("niet een half jaar")
			.doesNotContain("Ik was boos toen ze over vroeger begonnen.")
			.doesNotContain("stoom");
		browser.assertAccessible();
		browser.signOut();
	}

	@Test
	void jargonIsRatedWhileWritingAndExplainedWhereTheFamilyReadsIt() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String meeting = family.path() + "/meetings/" + fixtures.meetings(family).withDraftSummary();

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(meeting);
		browser.open(By.cssSelector(".summary details.disclosure:has(form[action$='/summary'])"));
		browser.type("s-decided", "De MUHP is verlengd bij beschikking.");
		browser.waitForText(By.id("s-decided-meter"), "MUHP");
		String meter = browser.element(By.id("s-decided-meter")).getText();
		assertThat(meter).contains("beschikking", "Gebruik liever de gewone woorden")
			.containsAnyOf("Redelijk (B2)", "Moeilijk (C1+)");
		browser.assertAccessible();
		browser.type("s-next", "We praten er volgende week over.");
		browser.click(By.cssSelector("button[name=action][value=final]"));
		browser.waitForText(By.cssSelector(".notice"), "De samenvatting is klaar.");
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(meeting);
		browser.waitForText(By.cssSelector("#part-DECIDED"), "MUHP");
		browser.click(By.xpath("//div[@id='part-DECIDED']//details[contains(@class,'term')]/summary[text()='MUHP']"));
		browser.waitForText(By.cssSelector("#part-DECIDED details.term[open] .term-explain"), "Meer over");
		browser.assertAccessible();
		browser.signOut();
	}

	private void addAgreement(String what, LocalDate due) {
		browser.open(By.cssSelector("section.agreements > details"));
		browser.type("a-what", what);
		browser.choose("a-owner", browser.element(By.cssSelector("#a-owner option:nth-child(2)")).getText());
		if (due != null) {
			browser.date("a-dueOn", due.toString());
		}
		browser.clickText("Afspraak opslaan");
		browser.waitForText(By.cssSelector(".notice"), "De afspraak is bewaard.");
	}

}
