package nl.naast.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.naast.identity.Role;
import nl.naast.notifications.OutboxRunner;
import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;
import nl.naast.trainings.Forms.RegistrationForm;

/**
 * Training mail goes through the persistent outbox to a real SMTP conversation (a test
 * server): while the server is away a confirmation waits and is tried again, and arrives
 * with its calendar file; mail that fails every attempt waits for an administrator at
 * /admin/notifications, who sends it again.
 */
@NaastTest
@Import({ TrainingMailTests.Setup.class, OutboxRunner.class })
@TestPropertySource(properties = "naast.mail.delivery=smtp")
class TrainingMailTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	Trainings trainings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	OutboxRunner outbox;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void backToNow() {
		clock.moveTo(Instant.now());
	}

	private static RegistrationForm form(String email) {
		return new RegistrationForm("Noor Bakker", email, "Wijkteam West", "", "", "");
	}

	private Map<String, Object> queued(String email) {
		return jdbc.queryForMap("SELECT * FROM notification_mail WHERE recipient = ?", email);
	}

	private void later(Duration duration) {
		clock.moveTo(clock.instant().plus(duration));
	}

	/** The text and the calendar file, wherever they sit in the multipart tree. */
	private static void collect(Part part, StringBuilder text, StringBuilder ics) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, ics);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			assertThat(part.getFileName()).isEqualTo("naast-twijfel-als-gereedschap.ics");
			assertThat(part.getContentType()).startsWith("text/calendar");
			ics.append(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		else if (content instanceof String string) {
			text.append(string);
		}
	}

	@Test
	void aConfirmationThatCouldNotBeSentIsTriedAgainAndArrivesWithItsCalendarFile() throws Exception {
		UUID date = fixtures.trainingDate(5, 20);
		String email = Fixtures.unique("later") + "@voorbeeld.nl";
		smtp.stop();
		assertThat(trainings.register(date, form(email), "203.0.113.11").status())
			.isEqualTo(RegistrationStatus.REGISTERED);
		outbox.sendDue();
		Map<String, Object> failed = queued(email);
		assertThat(failed.get("status")).isEqualTo("PENDING");
		assertThat(failed.get("attempts")).isEqualTo(1);
		assertThat((String) failed.get("last_error")).isNotBlank().doesNotContain(email);

		smtp.start();
		// not due yet: the first wait is a minute
		outbox.sendDue();
		assertThat(smtp.getReceivedMessagesForDomain(email)).isEmpty();
		later(Duration.ofMinutes(1));
		outbox.sendDue();

		assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(1);
		MimeMessage mail = smtp.getReceivedMessagesForDomain(email)[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).startsWith("Aangemeld: Twijfel als gereedschap");
		assertThat(mail.getMessageID()).isEqualTo("<notification-" + failed.get("id") + "@localhost>");
		StringBuilder text = new StringBuilder();
		StringBuilder ics = new StringBuilder();
		collect(mail, text, ics);
		assertThat(text).contains("Je bent aangemeld voor Twijfel als gereedschap", "/trainings/registrations/");
		assertThat(ics.toString()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Twijfel als gereedschap");
		Map<String, Object> sent = queued(email);
		assertThat(sent.get("status")).isEqualTo("SENT");
		assertThat(sent.get("attempts")).isEqualTo(2);
		// and never again
		later(Duration.ofDays(1));
		outbox.sendDue();
		assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(1);
	}

	@Test
	void aTrainingMailThatKeepsFailingWaitsForAnAdministratorWhoSendsItAgain() throws Exception {
		UUID date = fixtures.trainingDate(1, 20);
		fixtures.trainingRegistration(date, "REGISTERED");
		String email = Fixtures.unique("wacht") + "@voorbeeld.nl";
		smtp.stop();
		assertThat(trainings.register(date, form(email), "203.0.113.12").status())
			.isEqualTo(RegistrationStatus.WAITING);
		for (int attempt = 1; attempt <= 6; attempt++) {
			outbox.sendDue();
			assertThat(queued(email).get("attempts")).isEqualTo(attempt);
			later(Duration.ofHours(13));
		}
		UUID mailId = (UUID) queued(email).get("id");
		assertThat(queued(email).get("status")).isEqualTo("FAILED");

		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		String problem = Jsoup.parse(
				mvc.perform(get("/admin/notifications").session(admin)).andReturn().getResponse().getContentAsString())
			.select(".mail-problem:has(form[action*='" + mailId + "'])")
			.text();
		assertThat(problem).contains("Mislukt", "Training: plek op de wachtlijst", email.charAt(0) + "***@voorbeeld.nl")
			.doesNotContain(email);

		smtp.start();
		assertThat(mvc.perform(post("/admin/notifications/" + mailId + "/retry").with(csrf()).session(admin))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/notifications");
		outbox.sendDue();
		assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(1);
		assertThat(smtp.getReceivedMessagesForDomain(email)[0].getSubject())
			.startsWith("Wachtlijst: Twijfel als gereedschap");
		assertThat(queued(email).get("status")).isEqualTo("SENT");
	}

}
