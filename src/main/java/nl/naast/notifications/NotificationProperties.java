package nl.naast.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dispatchEnabled whether the outbox is sent on a schedule; tests turn it off and
 * send by calling the dispatcher
 * @param dispatchInterval the pause between two runs of the dispatcher
 * @param maxAttempts attempts per mail before it counts as failed
 * @param backoff the wait after the 1st, 2nd, ... failed attempt; the last one repeats
 * @param lease how long a mail may be "being sent"; after that it may or may not have
 * gone out and is left to an administrator, never sent again by itself
 * @param batchSize mails per run
 * @param redeliverAfter how old a notification that never arrived must be before it is
 * handed to the listener again: younger ones may still be on their way
 */
@ConfigurationProperties("naast.notifications")
record NotificationProperties(Boolean dispatchEnabled, Duration dispatchInterval, Integer maxAttempts,
		List<Duration> backoff, Duration lease, Integer batchSize, Duration redeliverAfter) {

	NotificationProperties {
		dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
		dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(30) : dispatchInterval;
		maxAttempts = maxAttempts == null ? 6 : Math.max(1, maxAttempts);
		backoff = backoff == null || backoff.isEmpty() ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)) : List.copyOf(backoff);
		lease = lease == null ? Duration.ofMinutes(10) : lease;
		batchSize = batchSize == null ? 50 : Math.max(1, batchSize);
		redeliverAfter = redeliverAfter == null ? Duration.ofMinutes(5) : redeliverAfter;
	}

	/** The wait after this many failed attempts (1 or more). */
	Duration backoffAfter(int failedAttempts) {
		return backoff.get(Math.min(Math.max(failedAttempts, 1), backoff.size()) - 1);
	}

}
