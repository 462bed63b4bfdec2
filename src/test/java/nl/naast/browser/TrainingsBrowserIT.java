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
 * through the link; an administrator sees the cancellation in the registration list. A
 * school asks for a custom session (first with a mistake); the team reads it, edits a
 * session and a date, and sends everyone on the date a message that arrives. Mail goes
 * through the outbox, sent every second as in production every half minute. Axe-core on
 * every page, also with messages at fields.
 */
@TestPropertySource(properties = { "naast.mail.delivery=smtp", "naast.notifications.dispatch-enabled=true",
		"naast.notifications.dispatch-interval=PT1S" })
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

	@Test
	void aSchoolAsksForACustomSessionAndTheTeamWorksWithItsFormsAndMessagesEveryone() throws Exception {
		UUID date = fixtures.trainingDate(5, 33);
		fixtures.trainingRegistration(date, "REGISTERED");
		fixtures.trainingRegistration(date, "REGISTERED");
		String school = Fixtures.unique("Hogeschool Noord");

		browser.phone();
		browser.open("/trainings/request");
		browser.waitForHeading("Een sessie op maat vragen");
		assertThat(browser.fitsWidth()).as("request form on 360 px").isTrue();
		browser.assertAccessible();
		browser.choose("q-kind", "Gastles");
		browser.choose("q-institution", "hbo");
		browser.type("q-name", "Docent Jansen");
		browser.type("q-email", "geen-adres");
		browser.type("q-organisation", school);
		browser.clickText("Vraag versturen");
		browser.element(By.id("q-email-error"));
		assertThat(browser.element(By.id("q-organisation")).getDomProperty("value")).isEqualTo(school);
		assertThat(browser.fitsWidth()).as("request form with messages on 360 px").isTrue();
		browser.assertAccessible();
		browser.type("q-email", "jansen@hogeschool.example");
		browser.type("q-topic", "Twijfel als gereedschap voor tweedejaars");
		browser.clickText("Vraag versturen");
		browser.waitForText(By.cssSelector(".notice"), "We hebben je vraag.");
		browser.assertAccessible();

		browser.desktop();
		browser.signIn(fixtures.account(Role.ADMIN).email(), Fixtures.PASSWORD);
		browser.open("/admin/trainings/requests");
		browser.waitForHeading("Vragen op maat");
		assertThat(browser.element(By.tagName("main")).getText()).contains(school);
		browser.assertAccessible();

		browser.open("/admin/trainings/sessions/" + Fixtures.DOUBT_SESSION);
		browser.waitForHeading("Sessie bewerken");
		browser.assertAccessible();
		browser.type("titleNl", "");
		browser.clickText("Opslaan");
		browser.element(By.id("titleNl-error"));
		browser.assertAccessible();

		browser.open("/admin/trainings/dates/" + date + "/edit");
		browser.waitForHeading("Datum bewerken");
		browser.assertAccessible();
		browser.type("capacity", "1");
		browser.clickText("Opslaan");
		browser.waitForText(By.id("capacity-error"), "Er zijn al 2 mensen aangemeld");
		browser.assertAccessible();

		browser.open("/admin/trainings/dates/" + date);
		browser.type("m-subject", "Andere zaal");
		browser.type("m-text", "We zitten in zaal 2.");
		browser.clickText("Versturen");
		browser.waitForText(By.cssSelector(".notice"), "Het bericht is verstuurd.");
		browser.assertAccessible();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 2);
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			assertThat(mail.getSubject()).isEqualTo("Andere zaal");
			assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("We zitten in zaal 2.");
		}
		browser.signOut();
	}

}
