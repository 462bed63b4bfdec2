package nl.naast.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A barrier as the team sees it: what happened and what would help, without any link to a
 * family or its author.
 *
 * @param occurredOn when it happened, as far as the author knows
 * @param organisations the organisations involved, as typed, separated by commas; null
 * when only a rule is given
 * @param rule the rule or law involved, or null when only organisations are given
 * @param themeId the theme it was put into, or null
 * @param version changes with every change, to notice a change made meanwhile
 */
public record Barrier(UUID id, LocalDate occurredOn, Category category, String organisations, String rule,
		String happened, String impact, String suggestion, UUID themeId, int version, Instant createdAt) {
}
