package nl.naast.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;

/**
 * The daily reminders with a clock the test moves: 12, 8 and 4 weeks before a measure
 * ends, once each however often the job runs, again for a changed end date, never for a
 * removed measure, and to a parent only when the parent chose so.
 */
@NaastTest
@Import(LegalRemindersTests.Setup.class)
class LegalRemindersTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	LegalReminders reminders;

	@Autowired
	LegalReminderSchedule schedule;

	@Autowired
	Legal legal;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	UUID child;

	LocalDate start;

	@BeforeEach
	void aFamilyWithASupervisionOrder() {
		clock.moveTo(java.time.Instant.parse("2026-03-02T08:00:00Z"));
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		child = accounts.actingAs(family.coordinator().id(), () -> legal.view(family.id()).children().get(0).id());
		start = LocalDate.of(2026, 3, 2);
	}

	private UUID order(LocalDate from, LocalDate to) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(
					legal
						.addMeasure(family.id(),
								new MeasureForm(child.toString(), "OTS", from.toString(), to.toString(), "", "", "",
										""))
						.all())
				.isEmpty();
			return jdbc.queryForObject("SELECT id FROM legal_measure WHERE family_id = ? AND starts_on = ?", UUID.class,
					family.id(), from);
		});
	}

	private void on(LocalDate day) {
		clock.moveTo(day.atTime(7, 0).atZone(DisplayTime.ZONE).toInstant());
	}

	private List<Integer> leadsSentFor(UUID item) {
		return jdbc.queryForList("SELECT lead_days FROM legal_reminder WHERE item_id = ? ORDER BY lead_days DESC",
				Integer.class, item);
	}

	private int notificationsFor(UUID account, UUID item) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND dedupe_key LIKE ?",
				Integer.class, account, "legal:" + item + ":%");
	}

	@Test
	void remindersComeAtEachLeadTimeOnceHoweverOftenTheJobRuns() {
		LocalDate end = start.plusYears(1);
		UUID measure = order(start, end);
		on(end.minusDays(85));
		reminders.run();
		assertThat(leadsSentFor(measure)).isEmpty();

		on(end.minusDays(84));
		assertThat(reminders.run()).isPositive();
		reminders.run(); // a restart: nothing twice
		assertThat(leadsSentFor(measure)).containsExactly(84);
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(family.coordinator().id(), measure) == 1);
		String key = jdbc.queryForObject(
				"SELECT message_key FROM notification WHERE recipient_id = ? AND dedupe_key LIKE ?", String.class,
				family.coordinator().id(), "legal:" + measure + ":%");
		assertThat(key).isEqualTo("legal.reminder.measure.OTS");

		on(end.minusDays(60));
		reminders.run();
		assertThat(leadsSentFor(measure)).containsExactly(84);
		on(end.minusDays(56));
		reminders.run();
		on(end.minusDays(28));
		reminders.run();
		reminders.run();
		assertThat(leadsSentFor(measure)).containsExactly(84, 56, 28);
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(family.coordinator().id(), measure) == 3);
		// the parent did not ask for reminders
		assertThat(notificationsFor(family.parent().id(), measure)).isZero();
	}

	@Test
	void theDailyScheduleDeliversWhatItKeeps() {
		LocalDate end = start.plusWeeks(4);
		UUID measure = order(start, end);
		schedule.daily();
		assertThat(leadsSentFor(measure)).containsExactly(28);
		// kept and published in one transaction: the notification arrives
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(family.coordinator().id(), measure) == 1);
	}

	@Test
	void theDailyScheduleWaitsWhileAnotherNodeHoldsItsLease() {
		LocalDate end = start.plusWeeks(4);
		UUID measure = order(start, end);
		// far ahead, so that neither the test's clock nor a time zone decides
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		java.sql.Timestamp tomorrow = java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(1)));
		if (jdbc.update("UPDATE shedlock SET lock_until = ?, locked_at = ?, locked_by = ? WHERE name = ?", tomorrow,
				now, "another-node", "legal-reminders") == 0) {
			jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
					"legal-reminders", tomorrow, now, "another-node");
		}
		try {
			schedule.daily();
			assertThat(leadsSentFor(measure)).as("another node runs the reminders").isEmpty();
		}
		finally {
			// the other node is done: its lease ends (leases are kept as rows, never
			// deleted)
			jdbc.update("UPDATE shedlock SET lock_until = ? WHERE name = ?", now, "legal-reminders");
		}
		schedule.daily();
		assertThat(leadsSentFor(measure)).containsExactly(28);
	}

	@Test
	void aMeasureRecordedLateGetsOneReminderNotThree() {
		LocalDate end = start.plusDays(20);
		UUID measure = order(start, end);
		reminders.run();
		assertThat(leadsSentFor(measure)).containsExactly(28);
	}

	@Test
	void aChangedEndDateIsRemindedOfAgainAndARemovedMeasureNotAtAll() {
		LocalDate end = start.plusMonths(3);
		UUID measure = order(start, end);
		on(end.minusDays(28));
		reminders.run();
		assertThat(leadsSentFor(measure)).containsExactly(28);

		// the court extended it: a new end date, reminders again
		LocalDate later = end.plusMonths(6);
		accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(
					legal
						.changeMeasure(family.id(), measure,
								new MeasureForm(child.toString(), "OTS", start.toString(), later.toString(), "", "", "",
										""),
								0)
						.all())
				.isEmpty();
			return null;
		});
		on(later.minusDays(84));
		reminders.run();
		assertThat(jdbc.queryForList("SELECT due_on FROM legal_reminder WHERE item_id = ? ORDER BY due_on",
				LocalDate.class, measure))
			.containsExactly(end, later);

		accounts.actingAs(family.coordinator().id(), () -> {
			legal.deleteMeasure(family.id(), measure);
			return null;
		});
		on(later.minusDays(56));
		reminders.run();
		assertThat(leadsSentFor(measure)).containsExactly(84, 28);
	}

	@Test
	void aParentWhoChoseRemindersGetsThemInPlainWords() {
		LocalDate end = start.plusYears(1);
		UUID measure = order(start, end);
		accounts.actingAs(family.parent().id(), () -> {
			legal.remindMe(family.id(), true);
			return null;
		});
		on(end.minusDays(84));
		reminders.run();
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsFor(family.parent().id(), measure) == 1);
		assertThat(
				jdbc.queryForObject("SELECT message_key FROM notification WHERE recipient_id = ? AND dedupe_key LIKE ?",
						String.class, family.parent().id(), "legal:" + measure + ":%"))
			.isEqualTo("legal.reminder.measure.OTS.family");
	}

	@Test
	void aDeadlineAndAnEighteenthBirthdayAreRemindedOfToo() {
		// the appeal deadline: three months after the decision, moved past the weekend
		UUID appeal = accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(legal
				.addEvent(family.id(),
						new EventForm("", "APPEAL", "2026-03-05", "", "", "", "Mr. De Jong", "advocaat", ""))
				.all()).isEmpty();
			return jdbc.queryForObject("SELECT id FROM legal_event WHERE family_id = ?", UUID.class, family.id());
		});
		// 5 June 2026 is a Friday: no move
		assertThat(jdbc.queryForObject("SELECT due_on FROM legal_event WHERE id = ?", LocalDate.class, appeal))
			.isEqualTo(LocalDate.of(2026, 6, 5));
		// an appeal has lead times of its own: 9, 5 and 2 weeks
		on(LocalDate.of(2026, 4, 3));
		reminders.run();
		assertThat(leadsSentFor(appeal)).containsExactly(63);
		on(LocalDate.of(2026, 5, 29));
		reminders.run();
		assertThat(leadsSentFor(appeal)).containsExactly(63, 14);

		// the young person (born 14 May 2012) turns 18 on 14 May 2030
		on(LocalDate.of(2030, 2, 19));
		reminders.run();
		assertThat(leadsSentFor(child)).containsExactly(84);
	}

	private UUID event(String kind, LocalDate due) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(
					legal.addEvent(family.id(), new EventForm("", kind, "", due.toString(), "", "", "", "", "")).all())
				.isEmpty();
			return jdbc.queryForObject("SELECT id FROM legal_event WHERE family_id = ? AND kind = ?", UUID.class,
					family.id(), kind);
		});
	}

	@Test
	void eachKindOfDeadlineHasItsOwnLeadTimes() {
		LocalDate due = start.plusWeeks(6);
		UUID instruction = event("WRITTEN_INSTRUCTION", due);
		UUID report = event("BOARD_REPORT", due);
		UUID other = event("OTHER", due);
		on(due.minusDays(14));
		reminders.run();
		// the default list reaches 14 days; a written instruction counts down from 10, a
		// report from 4
		assertThat(leadsSentFor(other)).containsExactly(14);
		assertThat(leadsSentFor(instruction)).isEmpty();
		assertThat(leadsSentFor(report)).isEmpty();
		on(due.minusDays(10));
		reminders.run();
		assertThat(leadsSentFor(instruction)).containsExactly(10);
		on(due.minusDays(4));
		reminders.run();
		assertThat(leadsSentFor(instruction)).containsExactly(10, 5);
		assertThat(leadsSentFor(report)).containsExactly(4);
	}

	@Test
	void anOrderExtendedByANewOrderAsksForNoExtensionButTheNewOneDoes() {
		LocalDate end = start.plusMonths(6);
		UUID first = order(start, end);
		UUID extension = order(end, end.plusYears(1));
		on(end.minusDays(84));
		reminders.run();
		on(end.minusDays(28));
		reminders.run();
		assertThat(leadsSentFor(first)).as("carried on by the extension").isEmpty();
		on(end.plusYears(1).minusDays(84));
		reminders.run();
		assertThat(leadsSentFor(extension)).containsExactly(84);
	}

	@Test
	void aPlacementNotCarriedOutIsRemindedOfItsLapseAndNeverOfItsEnd() {
		LocalDate end = start.plusYears(1);
		UUID order = order(start, end);
		UUID placement = accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(legal
				.addMeasure(family.id(),
						new MeasureForm(child.toString(), "MUHP", start.toString(), "", "", "", "", ""))
				.all()).isEmpty();
			return jdbc.queryForObject("SELECT id FROM legal_measure WHERE family_id = ? AND kind = 'MUHP'", UUID.class,
					family.id());
		});
		LocalDate lapses = start.plusMonths(3);
		on(lapses.minusDays(28));
		reminders.run();
		assertThat(jdbc.queryForList("SELECT due_on FROM legal_reminder WHERE item_id = ?", LocalDate.class, placement))
			.containsExactly(lapses);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.queryForList("SELECT message_key FROM notification WHERE recipient_id = ? AND dedupe_key LIKE ?",
						String.class, family.coordinator().id(), "legal:" + placement + ":%")
				.contains("legal.reminder.lapse.MUHP"));

		// it lapsed: the order's end is reminded of, the placement's end is not
		on(end.minusDays(84));
		reminders.run();
		assertThat(leadsSentFor(order)).containsExactly(84);
		assertThat(jdbc.queryForList("SELECT due_on FROM legal_reminder WHERE item_id = ?", LocalDate.class, placement))
			.containsExactly(lapses);
	}

}
