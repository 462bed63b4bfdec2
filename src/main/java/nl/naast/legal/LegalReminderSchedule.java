package nl.naast.legal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders every day. A bean of its own, so that the call goes through
 * {@link LegalReminders}' transaction: the reminders it keeps and the notifications it
 * publishes are committed together.
 */
@Component
class LegalReminderSchedule {

	private static final Logger log = LoggerFactory.getLogger(LegalReminderSchedule.class);

	private final LegalReminders reminders;

	LegalReminderSchedule(LegalReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${naast.legal.reminders.cron}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "legal-reminders", lockAtMostFor = "PT2H")
	void daily() {
		log.info("Legal reminders: {} sent", reminders.run());
	}

}
