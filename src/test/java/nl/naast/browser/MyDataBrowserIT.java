package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * "Mijn gegevens" in a real browser: a parent, on a phone, opens it from the home page,
 * downloads everything and asks for a correction; the coordinator answers it from the
 * family file; the parent reads the status and the answer. Axe-core on every page.
 */
class MyDataBrowserIT extends BrowserTestBase {

	@Test
	void aParentDownloadsTheirDataAndHasSomethingCorrected() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		fixtures.storyEntry(family);

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.click(By.linkText("Mijn gegevens"));
		browser.waitForHeading("Mijn gegevens");
		browser.assertAccessible();
		String json = browser.element(By.id("download-json")).getAttribute("href");
		String pdf = browser.element(By.id("download-pdf")).getAttribute("href");
		assertThat(new String(browser.download(json.substring(baseUrl().length())), StandardCharsets.UTF_8))
			.contains("Melding bij Veilig Thuis " + family.marker());
		assertThat(new String(browser.download(pdf.substring(baseUrl().length())), StandardCharsets.ISO_8859_1))
			.startsWith("%PDF");
		browser.type("whatIsWrong", "De melding was in 2018, niet in 2019.");
		browser.submit(By.xpath("//button[normalize-space()='Vraag om verbetering']"));
		// what is wrong alone is not enough: the field says what is missing, the text
		// stays
		browser.waitForText(By.cssSelector(".error-summary"), "Hoe moet het wel?");
		assertThat(browser.element(By.id("whatIsWrong")).getAttribute("value"))
			.isEqualTo("De melding was in 2018, niet in 2019.");
		browser.assertAccessible();
		browser.type("about", "Ons verhaal, de melding");
		browser.type("shouldBe", "Zet er 2018 bij.");
		browser.submit(By.xpath("//button[normalize-space()='Vraag om verbetering']"));
		browser.waitForText(By.cssSelector(".notice"), "Uw vraag is verstuurd.");
		browser.waitForText(By.cssSelector(".rectification"), "Ontvangen");
		browser.assertAccessible();
		browser.signOut();

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(family.path());
		browser.click(By.linkText("Gegevens van het gezin"));
		browser.waitForHeading("Mijn gegevens");
		browser.waitForText(By.cssSelector(".rectification"), "De melding was in 2018, niet in 2019.");
		browser.assertAccessible();
		browser.element(By.xpath("//label[normalize-space()='Aangepast']")).click();
		browser.type(browser.element(By.xpath("//textarea[@name='answer']")).getAttribute("id"),
				"De datum is nu 2018.");
		browser.submit(By.xpath("//button[normalize-space()='Opslaan']"));
		browser.waitForText(By.cssSelector(".notice"), "Het antwoord is opgeslagen.");
		browser.assertAccessible();
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(family.path() + "/my-data");
		browser.waitForText(By.cssSelector(".rectification"), "Aangepast");
		browser.waitForText(By.cssSelector(".rectification"), "De datum is nu 2018.");
		assertThat(browser.fitsWidth()).isTrue();
		browser.assertAccessible();
		browser.signOut();
	}

}
