package nl.naast.legal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Anything with a day that matters, in one list: a measure's end, the day an
 * authorisation for placement lapses unexecuted, an event's deadline, a child's 18th
 * birthday.
 *
 * @param itemId the measure or event, or the child for a birthday
 * @param kind a measure kind, an event kind, or BIRTHDAY
 * @param childName the child it is about, or null for the whole family
 * @param leads the lead times (days) of its reminders
 */
public record Deadline(UUID familyId, String familyName, UUID itemId, Source source, String kind, String childName,
		LocalDate dueOn, long[] leads) {

	public enum Source {

		MEASURE, EVENT, BIRTHDAY,
		/** the last day to carry out an authorisation for placement */
		LAPSE

	}

	public long daysFrom(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
	}

	/** Past its day and still open: only open deadlines are listed once past. */
	public boolean overdue(LocalDate today) {
		return dueOn.isBefore(today);
	}

	/** Days past its day; 0 while it has not passed. */
	public long daysLate(LocalDate today) {
		return Math.max(0, -daysFrom(today));
	}

	/** Whether it needs attention now: its first reminder came, or it is overdue. */
	public boolean pressing(LocalDate today) {
		return overdue(today) || reachedLead(today) >= 0;
	}

	/** The message key of what it is, e.g. legal.kind.OTS or legal.event.APPEAL. */
	public String whatKey() {
		return switch (source) {
			case MEASURE -> "legal.kind." + kind;
			case LAPSE -> "legal.lapse." + kind;
			case EVENT, BIRTHDAY -> "legal.event." + kind;
		};
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
