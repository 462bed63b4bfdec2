package nl.naast.legal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Anything with a day that matters, in one list: a measure's end, an event's deadline, a
 * child's 18th birthday.
 *
 * @param itemId the measure or event, or the child for a birthday
 * @param kind a measure kind, an event kind, or BIRTHDAY
 * @param childName the child it is about, or null for the whole family
 * @param leads the lead times (days) of its reminders
 */
public record Deadline(UUID familyId, String familyName, UUID itemId, Source source, String kind, String childName,
		LocalDate dueOn, long[] leads) {

	public enum Source {

		MEASURE, EVENT, BIRTHDAY

	}

	public long daysFrom(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
	}

	/**
	 * The shortest lead time that has been reached on a day, or -1 before the first
	 * reminder: one reminder at a time, however late the item was recorded.
	 */
	public long reachedLead(LocalDate today) {
		long left = daysFrom(today);
		if (left < 0) {
			return -1;
		}
		long reached = -1;
		for (long lead : leads) {
			if (left <= lead && (reached < 0 || lead < reached)) {
				reached = lead;
			}
		}
		return reached;
	}

	/** The message key part for its reminder text, e.g. measure.OTS or event.APPEAL. */
	public String messageKind() {
		return source.name().toLowerCase(java.util.Locale.ROOT) + (source == Source.BIRTHDAY ? "" : "." + kind);
	}

}
