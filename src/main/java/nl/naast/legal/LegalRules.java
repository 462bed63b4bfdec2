package nl.naast.legal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every legal duration Naast computes with, from configuration, each with the source it
 * rests on and the day that source was checked: the law is changing, and a wrong duration
 * can cost a family a year.
 *
 * @param rules by name (ots, vots, vots-hearing, muhp, muhp-lapse, board-report,
 * written-instruction, appeal)
 * @param reminders lead times before a measure's end, before a deadline (per kind of
 * event), before a placement lapses, and before a child turns 18
 */
@ConfigurationProperties("naast.legal")
public record LegalRules(Map<String, Rule> rules, Reminders reminders) {

	/**
	 * @param workingDays count only days that are not a weekend or public holiday (the
	 * duration then is a number of days)
	 */
	public record Rule(Period duration, boolean workingDays, String source, LocalDate checked) {
	}

	/**
	 * @param measure before a measure ends: time to ask for an extension
	 * @param deadline before a deadline of a kind that has no lead times of its own
	 * @param events per kind of event ({@link EventKind#key()}), its own lead times
	 * @param lapse before an authorisation for placement lapses unexecuted
	 * @param birthday before a child turns 18
	 */
	public record Reminders(List<Period> measure, List<Period> deadline, Map<String, List<Period>> events,
			List<Period> lapse, List<Period> birthday) {

		public Reminders {
			events = events == null ? Map.of() : Map.copyOf(events);
			lapse = lapse == null ? deadline : lapse;
		}

		/** The lead times before a deadline of this kind. */
		public List<Period> forEvent(EventKind kind) {
			return events.getOrDefault(kind.key(), deadline);
		}

		/** Every list, for the longest look ahead. */
		List<List<Period>> all() {
			List<List<Period>> all = new java.util.ArrayList<>(List.of(measure, deadline, lapse, birthday));
			all.addAll(events.values());
			return all;
		}

	}

	public Rule rule(String name) {
		Rule rule = rules.get(name);
		if (rule == null) {
			throw new IllegalStateException("No legal rule configured for " + name);
		}
		return rule;
	}

}
