package nl.naast.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailDelivery;
import nl.naast.shared.mail.MailDeliveryException;
import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The outbox over time: failed attempts wait longer each time, the last one leaves the
 * mail to an administrator, who sends it again; a mail interrupted while being sent is
 * never sent a second time by itself, and a sent one never again. Mail goes through the
 * real demo outbox, unless a test makes the mail server fail.
 */
@NaastTest
@Import(MailDispatchTests.Setup.class)
class MailDispatchTests {

	/** The real delivery, which fails on demand. */
	static class FlakyDelivery implements MailDelivery {

		private final MailDelivery real;

		volatile boolean failing;

		final List<String> messageIds = new ArrayList<>();

		FlakyDelivery(MailDelivery real) {
			this.real = real;
		}

		@Override
		public void deliver(Mail mail, String messageId) {
			if (failing) {
				throw new MailDeliveryException("421 4.3.2 Service not available for " + "[address]", null);
			}
			real.deliver(mail, messageId);
			messageIds.add(messageId);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

		@Bean
		@Primary
		FlakyDelivery flakyDelivery(@Qualifier("mailDelivery") MailDelivery real) {
			return new FlakyDelivery(real);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MovableClock clock;

	@Autowired
	FlakyDelivery delivery;

	@AfterEach
	void serverWorksAgain() {
		delivery.failing = false;
	}

	/** A notification for a new person that wants it by e-mail; its mail's id. */
	private UUID mailFor(AccountSummary to) {
		String key = Fixtures.unique("deadline");
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new NotificationDue(to.id(), NotificationKind.DEADLINE,
					"team.title.professional", List.of("x"), "/families", key)));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = ?",
					Integer.class, to.email()) == 1);
		UUID mail = jdbc.queryForObject("SELECT id FROM notification_mail WHERE recipient = ?", UUID.class, to.email());
		// on a test database shared with other tests, their waiting mails would fill the
		// dispatcher's batch first: they wait until after this test
		jdbc.update("UPDATE notification_mail SET next_attempt_at = ? WHERE status = 'PENDING' AND id <> ?",
				OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC), mail);
		return mail;
	}

	private Map<String, Object> row(UUID mailId) {
		return jdbc.queryForMap("SELECT * FROM notification_mail WHERE id = ?", mailId);
	}

	private static Instant at(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	private int delivered(AccountSummary to) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, to.email());
	}

	private void later(Duration duration) {
		clock.moveTo(clock.instant().plus(duration));
	}

	@Test
	void failuresWaitLongerEachTimeThenAnAdministratorSendsTheMailAgain() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		UUID mail = mailFor(coordinator);
		delivery.failing = true;
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			dispatcher.dispatch();
			Map<String, Object> row = row(mail);
			assertThat(row.get("status")).isEqualTo("PENDING");
			assertThat(row.get("attempts")).isEqualTo(attempt);
			Duration wait = Duration.between(at(row, "last_attempt_at"), at(row, "next_attempt_at"));
			waits.add(wait);
			// not due yet: nothing happens
			later(wait.minusSeconds(1));
			dispatcher.dispatch();
			assertThat(row(mail).get("attempts")).isEqualTo(attempt);
			later(Duration.ofSeconds(1));
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12));
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("FAILED");
		assertThat(row(mail).get("attempts")).isEqualTo(6);
		later(Duration.ofDays(2));
		dispatcher.dispatch();
		assertThat(row(mail).get("attempts")).isEqualTo(6);
		assertThat(delivered(coordinator)).isZero();

		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		Document page = Jsoup.parse(
				mvc.perform(get("/admin/notifications").session(admin)).andReturn().getResponse().getContentAsString());
		String problem = page.select(".mail-problem:has(form[action*='" + mail + "'])").text();
		assertThat(problem).contains("Mislukt", "421 4.3.2", "Een datum komt dichtbij", "6")
			.contains(coordinator.email().charAt(0) + "***@naast.test")
			.doesNotContain(coordinator.email());

		delivery.failing = false;
		assertThat(mvc.perform(post("/admin/notifications/" + mail + "/retry").with(csrf()).session(admin))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/notifications");
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("SENT");
		assertThat(delivered(coordinator)).isEqualTo(1);
		assertThat(delivery.messageIds).contains("<notification-" + mail + "@localhost>");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE resource = ? AND family_id IS NULL",
				Integer.class, "notifications.mail:" + mail))
			.isEqualTo(1);
		// only failed or uncertain mail can be sent again
		assertThat(mvc.perform(post("/admin/notifications/" + mail + "/retry").with(csrf()).session(admin))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aMailInterruptedWhileSendingIsLeftToAnAdministratorAndNeverSentTwice() throws Exception {
		AccountSummary parent = fixtures.account(Role.PARENT);
		UUID mail = mailFor(parent);
		// a node claimed the mail and stopped before it could say whether it went out
		jdbc.update("UPDATE notification_mail SET status = 'SENDING', attempts = 1, claimed_at = ? WHERE id = ?",
				java.sql.Timestamp.from(clock.instant()), mail);
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("SENDING");
		later(Duration.ofMinutes(11));
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("UNCERTAIN");
		later(Duration.ofHours(1));
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("UNCERTAIN");
		assertThat(delivered(parent)).isZero();

		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		String problem = Jsoup.parse(
				mvc.perform(get("/admin/notifications").session(admin)).andReturn().getResponse().getContentAsString())
			.select(".mail-problem:has(form[action*='" + mail + "'])")
			.text();
		assertThat(problem).contains("Onderbroken");
		mvc.perform(post("/admin/notifications/" + mail + "/discard").with(csrf()).session(admin));
		assertThat(row(mail).get("status")).isEqualTo("DISCARDED");
		dispatcher.dispatch();
		assertThat(delivered(parent)).isZero();
	}

	@Test
	void aSentMailIsNeverSentAgainAfterARestart() {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		UUID mail = mailFor(coordinator);
		dispatcher.dispatch();
		assertThat(row(mail).get("status")).isEqualTo("SENT");
		assertThat(delivered(coordinator)).isEqualTo(1);
		// a restart is just the next run, now or much later
		dispatcher.dispatch();
		later(Duration.ofDays(1));
		dispatcher.dispatch();
		assertThat(delivered(coordinator)).isEqualTo(1);
	}

}
