package nl.naast.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every night, on one node: applies retention (see {@link RetentionRuns}). */
@Component
class NightlyRetention {

	private final RetentionRuns runs;

	NightlyRetention(RetentionRuns runs) {
		this.runs = runs;
	}

	@Scheduled(cron = "${naast.retention.cron:0 45 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
	void applyRetention() {
		runs.run();
	}

}
