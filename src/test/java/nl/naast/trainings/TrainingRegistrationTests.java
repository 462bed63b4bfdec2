package nl.naast.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.notifications.OutboxRunner;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.trainings.Forms.RegistrationForm;
import nl.naast.trainings.Views.Cancelled;
import nl.naast.trainings.Views.Registered;

/**
 * Registering for a date: the capacity holds under fifty parallel registrations, the
 * waiting list moves up on a cancellation with an e-mail, doubles, past dates, closed
 * dates, robots and floods are refused, and the details are erased after the retention
 * time.
 */
@NaastTest
@Import({ TrainingRegistrationTests.Setup.class, OutboxRunner.class })
class TrainingRegistrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	private static final Pattern LINK = Pattern.compile("/trainings/registrations/([A-Za-z0-9_-]+)");

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

	@AfterEach
	void backToNow() {
		clock.moveTo(Instant.now());
	}

	private static RegistrationForm form(String email) {
		return new RegistrationForm("Sam de Vries", email, "Wijkteam Noord", "jeugdprofessional", "", "");
	}

	private static String email(String name) {
		return Fixtures.unique(name) + "@voorbeeld.nl";
	}

	private static String address() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (int) (Math.random() * 250);
	}

	private int count(UUID dateId, String status) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM training_registration WHERE date_id = ? AND status = ?",
				Integer.class, dateId, status);
	}

	private String tokenMailedTo(String email) {
		outbox.sendDue();
		String body = jdbc.queryForObject("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY sent_at LIMIT 1",
				String.class, email);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("cancel link in " + body).isTrue();
		return link.group(1);
	}

	@Test
	void fiftyParallelRegistrationsForTenPlacesGiveTenPlacesAndFortyOnTheWaitingList() throws Exception {
		UUID date = fixtures.trainingDate(10, 20);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Registered>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				String email = email("parallel" + i);
				String address = "10.50." + i + ".1";
				results.add(pool.submit(() -> {
					start.await();
					return trainings.register(date, form(email), address);
				}));
			}
			start.countDown();
			int registered = 0;
			int waiting = 0;
			for (Future<Registered> result : results) {
				Registered r = result.get();
				assertThat(r.errors().all()).isEmpty();
				if (r.status() == RegistrationStatus.REGISTERED) {
					registered++;
				}
				else if (r.status() == RegistrationStatus.WAITING) {
					waiting++;
				}
			}
			assertThat(registered).isEqualTo(10);
			assertThat(waiting).isEqualTo(40);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(date, "REGISTERED")).isEqualTo(10);
		assertThat(count(date, "WAITING")).isEqualTo(40);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT position) FROM training_registration WHERE date_id = ?",
				Integer.class, date))
			.isEqualTo(50);
	}

	@Test
	void aCancellationMovesTheFirstWaitingPersonUpAndMailsThem() {
		UUID date = fixtures.trainingDate(1, 10);
		String first = email("eerste");
		String second = email("tweede");
		String third = email("derde");
		assertThat(trainings.register(date, form(first), address()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(trainings.register(date, form(second), address()).status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(trainings.register(date, form(third), address()).status()).isEqualTo(RegistrationStatus.WAITING);
		outbox.sendDue();
		String confirmation = jdbc.queryForObject("SELECT body FROM mail_outbox WHERE recipient = ?", String.class,
				first);
		assertThat(confirmation).contains("Je bent aangemeld voor Twijfel als gereedschap")
			.contains("You are registered for Doubt as a tool")
			.contains("naast-twijfel-als-gereedschap.ics");

		assertThat(trainings.cancel(tokenMailedTo(first))).isEqualTo(Cancelled.NOW);

		assertThat(statusOf(date, first)).isEqualTo("CANCELLED");
		assertThat(statusOf(date, second)).isEqualTo("REGISTERED");
		assertThat(statusOf(date, third)).isEqualTo("WAITING");
		outbox.sendDue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
				Integer.class, second, "Er is een plek voor je%"))
			.isEqualTo(1);
		assertThat(trainings.cancel(tokenMailedTo(first))).isEqualTo(Cancelled.ALREADY);
		// a waiting person who leaves makes no place free
		assertThat(trainings.cancel(tokenMailedTo(third))).isEqualTo(Cancelled.NOW);
		assertThat(count(date, "REGISTERED")).isEqualTo(1);
	}

	private String statusOf(UUID date, String email) {
		return jdbc.queryForObject("SELECT status FROM training_registration WHERE date_id = ? AND email = ?",
				String.class, date, email);
	}

	@Test
	void theSameAddressTwiceForOneDateIsRefusedKindlyWithoutClaimingAStatus() {
		UUID date = fixtures.trainingDate(1, 10);
		String placed = email("dubbel-plek");
		String waiting = email("dubbel-wacht");
		assertThat(trainings.register(date, form(placed), address()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(trainings.register(date, form(waiting), address()).status()).isEqualTo(RegistrationStatus.WAITING);

		// the date is full now: someone who has a place must not read "waiting list", and
		// someone waiting must not read "registered"; the page points to the mailbox,
		// the mail says which
		for (String email : List.of(placed, waiting)) {
			Registered again = trainings.register(date, form(email.toUpperCase(java.util.Locale.ROOT)), address());
			assertThat(again.errors().isEmpty()).isTrue();
			assertThat(again.refused()).isFalse();
			assertThat(again.status()).isNull();
			assertThat(again.seeMail()).isTrue();
			assertThat(again.answer()).isEqualTo("SEE_MAIL");
		}
		assertThat(count(date, "REGISTERED")).isEqualTo(1);
		assertThat(count(date, "WAITING")).isEqualTo(1);
		outbox.sendDue();
		assertThat(alreadyMailTo(placed)).contains("Met dit e-mailadres ben je al aangemeld. Je hebt een plek.")
			.contains("You have a place.")
			.doesNotContain("wachtlijst");
		assertThat(alreadyMailTo(waiting)).contains("Je staat op de wachtlijst.")
			.contains("You are on the waiting list.")
			.doesNotContain("Je hebt een plek");
	}

	private String alreadyMailTo(String email) {
		return jdbc.queryForObject(
				"SELECT body FROM mail_outbox WHERE LOWER(recipient) = ? AND subject LIKE 'Je was al aangemeld%'",
				String.class, email.toLowerCase(java.util.Locale.ROOT));
	}

	@Test
	void pastDatesAndDatesAfterTheirDeadlineAreRefused() {
		UUID past = fixtures.trainingDate(10, -2);
		Registered late = trainings.register(past, form(email("te-laat")), address());
		assertThat(late.status()).isNull();
		assertThat(late.errors().has(Trainings.WHOLE_FORM)).isTrue();
		assertThat(late.errors().all().get(0).messageKey()).isEqualTo("trainings.public.validation.past");

		LocalDate today = DisplayTime.today(clock);
		UUID closed = fixtures.trainingDate(10, today.plusDays(5), today.minusDays(1));
		Registered afterDeadline = trainings.register(closed, form(email("gesloten")), address());
		assertThat(afterDeadline.status()).isNull();
		assertThat(afterDeadline.errors().all().get(0).messageKey()).isEqualTo("trainings.public.validation.closed");
		assertThat(count(past, "REGISTERED") + count(closed, "REGISTERED")).isZero();
	}

	@Test
	void aFilledInHoneypotLooksLikeSuccessAndStoresNothing() {
		UUID date = fixtures.trainingDate(10, 10);
		String email = email("robot");
		Registered robot = trainings.register(date,
				new RegistrationForm("Robot", email, "", "", "", "https://spam.example"), address());
		assertThat(robot.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM training_registration WHERE email = ?", Integer.class, email))
			.isZero();
		outbox.sendDue();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = ?", Integer.class, email))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void oneAddressMaySendFiveRegistrationsInTenMinutes() {
		UUID date = fixtures.trainingDate(20, 10);
		String address = "192.0.2.77";
		for (int i = 0; i < 5; i++) {
			assertThat(trainings.register(date, form(email("vloed" + i)), address).status()).isNotNull();
		}
		Registered sixth = trainings.register(date, form(email("vloed6")), address);
		assertThat(sixth.status()).isNull();
		assertThat(sixth.errors().all().get(0).messageKey()).isEqualTo("trainings.public.validation.tooMany");
		clock.moveTo(clock.instant().plus(Duration.ofMinutes(11)));
		assertThat(trainings.register(date, form(email("later")), address).status()).isNotNull();
	}

	@Test
	void personalDetailsAreErasedNinetyDaysAfterTheDateAndTheCountsStay() {
		UUID date = fixtures.trainingDate(10, 3);
		String email = email("bewaren");
		trainings.register(date, form(email), address());
		Instant end = jdbc
			.queryForObject("SELECT ends_at FROM training_date WHERE id = ?", java.time.OffsetDateTime.class, date)
			.toInstant();

		// the queued copy of the confirmation goes at the same time as the registration
		assertThat(jdbc
			.queryForObject("SELECT keep_until FROM notification_mail WHERE recipient = ?",
					java.time.OffsetDateTime.class, email)
			.toInstant()).isEqualTo(end.atZone(DisplayTime.ZONE).plusDays(90).toInstant());

		clock.moveTo(end.plus(Duration.ofDays(89)));
		trainings.eraseEndedRegistrations();
		retention.run();
		assertThat(statusOf(date, email)).isEqualTo("REGISTERED");
		assertThat(queuedCopies(email)).isEqualTo(1);
		UUID mailId = jdbc.queryForObject("SELECT id FROM notification_mail WHERE recipient = ?", UUID.class, email);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail_attachment WHERE mail_id = ?",
				Integer.class, mailId))
			.isEqualTo(1);

		clock.moveTo(end.plus(Duration.ofDays(91)));
		assertThat(trainings.eraseEndedRegistrations()).isGreaterThanOrEqualTo(1);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM training_registration WHERE email = ?", Integer.class, email))
			.isZero();
		assertThat(jdbc.queryForList(
				"SELECT name, email, email_key, organisation, job_role, needs FROM training_registration WHERE date_id = ?",
				date))
			.singleElement()
			.satisfies(row -> assertThat(row.values()).containsOnlyNulls());
		assertThat(count(date, "REGISTERED")).isEqualTo(1);
		// the nightly retention run erases the outbox's copy of the confirmation with its
		// calendar file
		retention.run();
		assertThat(queuedCopies(email)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail_attachment WHERE mail_id = ?",
				Integer.class, mailId))
			.isZero();
	}

	@Autowired
	nl.naast.retention.RetentionRuns retention;

	private int queuedCopies(String email) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = ?", Integer.class, email);
	}

	@Test
	void theKeepingTimeIsToldInWordsInBothLanguages() {
		assertThat(trainings.keepRegistrationsInWords(java.util.Locale.forLanguageTag("nl"))).isEqualTo("90 dagen");
		assertThat(trainings.keepRegistrationsInWords(java.util.Locale.ENGLISH)).isEqualTo("90 days");
		assertThat(keeping(java.time.Period.ofMonths(6), "nl")).isEqualTo("6 maanden");
		assertThat(keeping(java.time.Period.ofMonths(1), "en")).isEqualTo("1 month");
		assertThat(keeping(java.time.Period.of(1, 1, 0), "nl")).isEqualTo("1 jaar en 1 maand");
		assertThat(keeping(java.time.Period.of(2, 0, 1), "en")).isEqualTo("2 years and 1 day");
		assertThat(keeping(java.time.Period.of(1, 2, 3), "nl")).isEqualTo("1 jaar, 2 maanden en 3 dagen");
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	private String keeping(java.time.Period period, String language) {
		return new Trainings(null, null, null, new TrainingsProperties(period, null, null, null), messages,
				new org.springframework.jdbc.datasource.DataSourceTransactionManager(), clock)
			.keepRegistrationsInWords(java.util.Locale.forLanguageTag(language));
	}

	@Test
	void aCustomRequestGoesAYearAfterItWasPlannedOrDeclinedAndAnOpenOneStays() {
		java.time.OffsetDateTime longAgo = clock.instant()
			.minus(Duration.ofDays(400))
			.atOffset(java.time.ZoneOffset.UTC);
		UUID declined = UUID.randomUUID();
		UUID open = UUID.randomUUID();
		for (UUID id : List.of(declined, open)) {
			jdbc.update(
					"""
							INSERT INTO training_request (id, kind, institution, name, email, organisation, topic, status,
							  version, created_at, updated_at)
							VALUES (?, 'GUEST_LECTURE', 'HBO', 'Docent', 'docent@hogeschool.test', 'Hogeschool', 'Twijfel', ?, 0, ?, ?)
							""",
					id, id.equals(declined) ? "DECLINED" : "NEW", longAgo, longAgo);
		}
		trainings.eraseEndedRegistrations();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_request WHERE id = ?", Integer.class, declined))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_request WHERE id = ?", Integer.class, open))
			.isEqualTo(1);
	}

}
