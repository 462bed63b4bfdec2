package nl.naast.trainings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Every night: erases the personal details of registrations whose date ended longer ago
 * than {@code naast.trainings.keep-registrations-after}. Calls the service through its
 * proxy, so the erasure runs in its own transaction.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final Trainings trainings;

	RetentionJob(Trainings trainings) {
		this.trainings = trainings;
	}

	@Scheduled(cron = "${naast.trainings.retention-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "trainings-retention", lockAtMostFor = "PT1H")
	void eraseEndedRegistrations() {
		int erased = trainings.eraseEndedRegistrations();
		if (erased > 0) {
			log.info("Erased the details of {} registrations for trainings that ended long ago", erased);
		}
	}

}
