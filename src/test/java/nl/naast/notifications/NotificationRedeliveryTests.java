package nl.naast.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.legal.Contacts;
import nl.naast.legal.Legal;
import nl.naast.legal.LegalReminders;
import nl.naast.legal.MeasureForm;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;

/**
 * A notification whose listener fails after the sender committed is not lost: the
 * reminder's "sent" row is kept and the event publication stays incomplete, and the
 * redelivery job hands it over again once it is old enough, which makes exactly one
 * notification, also when it is handed over once more.
 */
@NaastTest
@Import(NotificationRedeliveryTests.Setup.class)
class NotificationRedeliveryTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	/** The listener's store: fails once for each key prefix a test names. */
	@MockitoSpyBean
	Notifications notifications;

	@Autowired
	NotificationRedelivery redelivery;

	@Autowired
	LegalReminders reminders;

	@Autowired
	Legal legal;

	@Autowired
	Contacts contacts;

	@Autowired
	Accounts accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	final Set<String> failOnce = ConcurrentHashMap.newKeySet();

	FamilyWithPeople family;

	UUID child;

	@BeforeEach
	void aFamilyAndAStoreThatFailsOnce() {
		clock.moveTo(Instant.parse("2026-03-02T08:00:00Z"));
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		child = jdbc.queryForObject("SELECT id FROM family_child WHERE family_id = ? AND position = 0", UUID.class,
				family.id());
		doAnswer(call -> {
			NotificationDue due = call.getArgument(0);
			if (failOnce.removeIf(due.dedupeKey()::startsWith)) {
				throw new IllegalStateException("the database went away");
			}
			return call.callRealMethod();
		}).when(notifications).receive(any());
	}

	private String status(String key) {
		return jdbc.queryForObject(
				"SELECT MAX(status) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL",
				String.class, "%" + key + "%");
	}

	private int completed(String key) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL",
				Integer.class, "%" + key + "%");
	}

	private int notifications(UUID to, String key) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND dedupe_key LIKE ?",
				Integer.class, to, key + "%");
	}

	private void later(Duration by) {
		clock.moveTo(clock.instant().plus(by));
	}

	@Test
	void aReminderWhoseListenerFailedArrivesOnceWhenHandedOverAgain() {
		UUID measure = accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(legal
				.addMeasure(family.id(),
						new MeasureForm(child.toString(), "OTS", "2026-03-02", "2026-03-30", "", "", "", ""))
				.all()).isEmpty();
			return jdbc.queryForObject("SELECT id FROM legal_measure WHERE family_id = ?", UUID.class, family.id());
		});
		String key = "legal:" + measure;
		failOnce.add(key);

		assertThat(reminders.run()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(key)));
		// committed: the job itself will not send it again
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_reminder WHERE item_id = ?", Integer.class, measure))
			.isEqualTo(1);
		assertThat(reminders.run()).isZero();
		assertThat(notifications(family.coordinator().id(), key)).isZero();

		// too young: it may still be on its way
		redelivery.redeliver();
		assertThat(status(key)).isEqualTo("FAILED");

		later(Duration.ofMinutes(6));
		redelivery.redeliver();
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(key) == 1);
		assertThat(notifications(family.coordinator().id(), key)).isEqualTo(1);

		// stored, but the node stopped before the publication was marked complete
		jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'PROCESSING' "
				+ "WHERE serialized_event LIKE ?", "%" + key + "%");
		later(Duration.ofMinutes(6));
		redelivery.redeliver();
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(key) == 1);
		assertThat(notifications(family.coordinator().id(), key)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail m JOIN notification n "
				+ "ON n.id = m.notification_id WHERE n.dedupe_key LIKE ?", Integer.class, key + "%"))
			.isEqualTo(1);
	}

	@Test
	void aCancelledVisitWhoseNoticeFailedReachesTheParentOnce() {
		LocalDate tomorrow = LocalDate.of(2026, 3, 3);
		UUID moment = accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(contacts.plan(family.id(), child.toString(), tomorrow.toString(), "14:00", "60", "", "").all())
				.isEmpty();
			return jdbc.queryForObject("SELECT id FROM contact_moment WHERE family_id = ?", UUID.class, family.id());
		});
		String key = "contact:" + moment;
		failOnce.add(key);
		accounts.actingAs(family.coordinator().id(), () -> {
			assertThat(contacts.record(family.id(), moment, "CANCELLED", "AGENCY", "ziek", "", "", 0).all()).isEmpty();
			return null;
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(key)));
		assertThat(notifications(family.parent().id(), key)).isZero();

		later(Duration.ofMinutes(6));
		redelivery.redeliver();
		await().atMost(Duration.ofSeconds(20)).until(() -> completed(key) == 1);
		assertThat(notifications(family.parent().id(), key)).isEqualTo(1);
		redelivery.redeliver();
		assertThat(status(key)).isNull();
		assertThat(notifications(family.parent().id(), key)).isEqualTo(1);
	}

}
