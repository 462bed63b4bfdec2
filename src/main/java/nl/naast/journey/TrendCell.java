package nl.naast.journey;

import java.time.LocalDate;

/**
 * One group's month of ratings (a professional's, an organisation's): the averages, or
 * {@code suppressed} with no numbers when too few families rated to keep them unknown.
 *
 * @param families how many families rated; 0 when suppressed
 */
public record TrendCell(String group, LocalDate month, boolean suppressed, int families, double heard, double important,
		double fits, double helps) {
}
