package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * The family's story in a real browser: the coordinator and the parent fill the timeline
 * and build a small analysis together (five events, three factors, a vicious circle, a
 * question about missing information, a possibility turned into a goal); the parent
 * corrects a professional's entry on a phone; the PDF holds the family's own words.
 * Axe-core on every page.
 */
class StoryBrowserIT extends BrowserTestBase {

	@Test
	void theFamilyAndTheCoordinatorMakeSenseOfTheStoryTogether() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		String story = family.path() + "/story";

		browser.desktop();
		browser.signIn(family.coordinator().email(), Fixtures.PASSWORD);
		browser.open(story);
		browser.assertAccessible();
		write("maart 2021", "Zorgmelding van school: de kinderen kwamen zonder ontbijt.", "INSTITUTIONS", "STRESSOR",
				"DOCUMENT");
		write("2023", "De kinderen gingen naar een pleeggezin.", "INSTITUTIONS", "STRESSOR", "PROFESSIONAL");
		browser.signOut();

		browser.phone();
		browser.signIn(family.parent().email(), Fixtures.PASSWORD);
		browser.open(story);
		write("zomer 2019", "De toeslagen werden teruggevorderd.", "MONEY", "STRESSOR", null);
		write("2020", "Ik raakte mijn werk kwijt.", "WORK", "STRESSOR", null);
		write("", "Oma helpt altijd.", "STRENGTHS", "STRENGTH", null);
		browser.assertAccessible();
		// the parent corrects what school reported, beside it
		String reported = browser
			.element(By.xpath("//li[contains(@class,'entry')][.//div[contains(@class,'entry-what')]"
					+ "[contains(., 'van school: de kinderen')]]"))
			.getAttribute("id")
			.substring("entry-".length());
		browser.open(By.cssSelector("#entry-" + reported + " .voices details"));
		browser.check("r" + reported + "-kind-INCORRECT", true);
		browser.type("r" + reported + "-words", "Ze kregen wel ontbijt, maar vaak pas op school.");
		browser.click(By.cssSelector("#entry-" + reported + " form[action$='/responses'] button[type=submit]"));
		browser.waitForText(By.cssSelector("#entry-" + reported + " .voices"), "pas op school");
		browser.assertAccessible();

		// the analysis, made together: three factors, a circle, a question, a possibility
		browser.clickText("Ons verhaal begrijpen");
		browser.waitForHeading("Ons verhaal begrijpen");
		browser.assertAccessible();
		factor("STRESSOR", "Schulden", "De toeslagen werden teruggevorderd.");
		factor("STRESSOR", "Geen werk", "Ik raakte mijn werk kwijt.");
		factor("PROTECTIVE", "Oma", "Oma helpt altijd.");
		link("Schulden", "Geen werk");
		link("Geen werk", "Schulden");
		browser.waitForText(By.cssSelector(".circles"), "Schulden");
		browser.open(By.cssSelector("section[aria-labelledby=questions-title] > details"));
		browser.type("q-question", "Welke schulden zijn er nog?");
		browser.type("q-whoCouldKnow", "de bewindvoerder");
		browser.click(By.cssSelector("form[action$='/questions'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".question-list"), "Welke schulden zijn er nog?");
		browser.type("e-words", "Door de schulden en het werk liep alles vast. Oma hield ons overeind.");
		browser.click(By.cssSelector("form[action$='/explanation'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "De uitleg is bewaard.");
		browser.open(By.cssSelector("section[aria-labelledby=possibilities-title] > details"));
		browser.type("p-what", "Samen met de schuldhulp beginnen");
		browser.click(By.cssSelector("form[action$='/possibilities'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".possibility-list"), "Samen met de schuldhulp beginnen");
		browser
			.click(By.xpath("//li[contains(@class,'possibility')]//button[normalize-space()='Maak er een doel van']"));
		browser.waitForText(By.cssSelector(".notice"), "Het is nu een doel in het plan.");
		browser.assertAccessible();
		browser.open(family.path() + "/plan");
		browser.waitForText(By.tagName("main"), "Samen met de schuldhulp beginnen");

		// a scanned letter far over the limit gets a plain answer, not an error
		browser.open(story);
		var tooLarge = browser.upload(story + "/" + reported + "/attachments", "scan.pdf", new byte[25 * 1024 * 1024]);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("Dit bestand is te groot");
		var letter = browser.upload(story + "/" + reported + "/attachments", "brief.pdf", Fixtures.PDF);
		assertThat(letter.statusCode()).isEqualTo(302);

		byte[] pdf = browser.download(story + "/pdf");
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("De toeslagen werden teruggevorderd.",
					"Ze kregen wel ontbijt, maar vaak pas op school.", "Door de schulden en het werk liep alles vast.",
					"Schulden -> Geen werk");
		}
		browser.signOut();
	}

	private void write(String when, String what, String domain, String valence, String source) {
		browser.open(By.cssSelector("section[aria-labelledby=write-title] details"));
		browser.type("when", when);
		browser.type("what", what);
		browser.choose("domain", browser.element(By.cssSelector("#domain option[value=" + domain + "]")).getText());
		browser.check("valence-" + valence, true);
		if (source != null) {
			browser.check("source-" + source, true);
		}
		browser.click(By.cssSelector("section[aria-labelledby=write-title] form button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Het staat in het verhaal.");
	}

	private void factor(String kind, String name, String event) {
		browser.open(By.cssSelector("section[aria-labelledby=factors-title] > details"));
		browser.check("f-kind-" + kind, true);
		browser.type("f-name", name);
		browser.choose("f-evidence",
				browser.element(By.xpath("//select[@id='f-evidence']/option[contains(., '" + event + "')]")).getText());
		browser.click(By.cssSelector("form[action$='/factors'] button[type=submit]"));
		browser.waitForText(By.cssSelector("section[aria-labelledby=factors-title]"), name);
	}

	private void link(String from, String to) {
		browser.open(By.cssSelector("section[aria-labelledby=links-title] > details"));
		browser.choose("l-from", from);
		browser.choose("l-to", to);
		browser.click(By.cssSelector("form[action$='/links'] button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "Het verband staat erin.");
	}

}
