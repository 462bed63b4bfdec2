package nl.naast.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The emergency procedure's limits (noodprocedure, "break the glass").
 *
 * @param defaultMinutes the duration offered on the form
 * @param maxMinutes the longest a manager may choose; never more than
 * {@link #CEILING_MINUTES}, whatever is configured
 * @param reviewDays a use not reviewed after this many days is overdue
 * @param noticeDays how long the family and coordinator see the notice on the file
 */
@ConfigurationProperties("naast.emergency")
public record EmergencyRules(Integer defaultMinutes, Integer maxMinutes, Integer reviewDays, Integer noticeDays) {

	/** The hard ceiling of one emergency access. */
	public static final int CEILING_MINUTES = 60;

	/** A written reason has at least this many characters (after trimming). */
	public static final int MIN_REASON = 20;

	/** ...and at most this many, so the reason fits every audit record it tags. */
	public static final int MAX_REASON = 400;

	public EmergencyRules {
		maxMinutes = maxMinutes == null ? CEILING_MINUTES : Math.max(1, Math.min(CEILING_MINUTES, maxMinutes));
		defaultMinutes = defaultMinutes == null ? Math.min(30, maxMinutes)
				: Math.max(1, Math.min(maxMinutes, defaultMinutes));
		reviewDays = reviewDays == null ? 7 : Math.max(1, reviewDays);
		noticeDays = noticeDays == null ? 30 : Math.max(1, noticeDays);
	}

}
