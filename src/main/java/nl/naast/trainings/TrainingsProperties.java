package nl.naast.trainings;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keepRegistrationsAfter how long after a date its registrants' details are kept;
 * then they are erased and only the counts remain
 * @param maxPerAddress registrations and requests one client address may send within
 * {@code window}
 * @param window the rate limit's window
 * @param keepRequestsAfter how long a custom request that was planned or declined is kept
 * after its last change
 */
@ConfigurationProperties("naast.trainings")
public record TrainingsProperties(Period keepRegistrationsAfter, Integer maxPerAddress, Duration window,
		Period keepRequestsAfter) {

	public TrainingsProperties {
		keepRegistrationsAfter = keepRegistrationsAfter == null ? Period.ofDays(90) : keepRegistrationsAfter;
		maxPerAddress = maxPerAddress == null ? 5 : maxPerAddress;
		window = window == null ? Duration.ofMinutes(10) : window;
		keepRequestsAfter = keepRequestsAfter == null ? Period.ofYears(1) : keepRequestsAfter;
	}
}
