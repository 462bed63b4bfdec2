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
 * @param rules by name (ots, vots, muhp, muhp-lapse, board-report, written-instruction,
 * appeal)
 * @param reminders lead times before a measure's end, before a deadline, and before a
 * child turns 18
 */
@ConfigurationProperties("naast.legal")
public record LegalRules(Map<String, Rule> rules, Reminders reminders) {

	/**
	 * @param workingDays count only days that are not a weekend or public holiday (the
	 * duration then is a number of days)
	 */
	public record Rule(Period duration, boolean workingDays, String source, LocalDate checked) {
	}

	public record Reminders(List<Period> measure, List<Period> deadline, List<Period> birthday) {
	}

	public Rule rule(String name) {
		Rule rule = rules.get(name);
		if (rule == null) {
			throw new IllegalStateException("No legal rule configured for " + name);
		}
		return rule;
	}

}
