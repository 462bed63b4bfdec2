package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;

/**
 * A visitor on a phone finds a work session, registers, gets the confirmation e-mail
 * (through a test SMTP server) with the cancel link and a calendar file, and cancels
 * through the link; an administrator sees the cancellation in the registration list.
 * Axe-core on every page.
 */
@TestPropertySource(properties = "naast.mail.delivery=smtp")
class TrainingsBrowserIT extends BrowserTestBase {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/trainings/registrations/[A-Za-z0-9_-]+)");

	/** The text and the calendar file, wherever they sit in the multipart tree. */
	private static void collect(Part part, StringBuilder text, StringBuilder ics) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, ics);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			assertThat(part.getFileName()).endsWith(".ics");
			assertThat(part.getContentType()).startsWith("text/calendar");
			ics.append(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		else if (content instanceof String string) {
			text.append(string);
		}
	}

	@Test
	void aVisitorRegistersGetsTheMailAndCancelsAndTheAdministratorSeesIt() throws Exception {
		UUID date = fixtures.trainingDate(8, 30);
		String email = Fixtures.unique("bezoeker") + "@voorbeeld.nl";

		browser.phone();
		browser.open("/trainings");
		browser.waitForHeading("Werksessies en trainingen");
		assertThat(browser.fitsWidth()).as("catalogue on 360 px").isTrue();
		browser.assertAccessible();
		browser.clickText("Twijfel als gereedschap");
		browser.waitForHeading("Twijfel als gereedschap");
		assertThat(browser.fitsWidth()).as("session on 360 px").isTrue();
		browser.assertAccessible();
		browser.type("r-name", "Noor Bakker");
		browser.type("r-email", email);
		browser.type("r-organisation", "Wijkteam West");
		browser.type("r-needs", "Ik eet geen vlees.");
		browser.clickText("Aanmelden");
		browser.waitForText(By.cssSelector(".notice"), "Je bent aangemeld.");
		browser.assertAccessible();

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).startsWith("Aangemeld: Twijfel als gereedschap");
		StringBuilder text = new StringBuilder();
		StringBuilder ics = new StringBuilder();
		collect(mail, text, ics);
		assertThat(ics.toString()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Twijfel als gereedschap");
		assertThat(text).isNotNull()
			.contains("Je bent aangemeld voor Twijfel als gereedschap", "You are registered for");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("cancel link in the mail").isTrue();

		browser.open(link.group(1));
		browser.waitForHeading("Je aanmelding");
		assertThat(browser.element(By.cssSelector(".registration-status")).getText()).isEqualTo("Je bent aangemeld.");
		assertThat(browser.fitsWidth()).as("registration on 360 px").isTrue();
		browser.assertAccessible();
		browser.clickText("Afmelden");
		browser.waitForText(By.cssSelector(".notice"), "Je bent afgemeld.");
		assertThat(browser.element(By.cssSelector(".registration-status")).getText()).isEqualTo("Je hebt je afgemeld.");
		browser.assertAccessible();

		browser.desktop();
		browser.signIn(fixtures.account(Role.ADMIN).email(), Fixtures.PASSWORD);
		browser.clickText("Trainingen");
		browser.waitForHeading("Trainingen beheren");
		browser.assertAccessible();
		browser.click(By.cssSelector("a[href='/admin/trainings/dates/" + date + "']"));
		browser.waitForHeading("Twijfel als gereedschap");
		assertThat(browser.element(By.cssSelector(".cancelled-list")).getText()).contains("Noor Bakker", email);
		assertThat(browser.element(By.tagName("main")).getText()).contains("0 van 8 plaatsen bezet");
		browser.assertAccessible();
		browser.signOut();
	}

}
