package nl.naast.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something in a family's life happened, as people remember it: a day, a month, a
 * season, a year, "around" a year, a range of years, or not known. Kept as typed, with
 * the first and last day it can mean, so that the timeline sorts it.
 *
 * @param typed as the person wrote it, or null when not known
 * @param from the first day it can mean, or null
 * @param to the last day it can mean, or null
 */
public record StoryDate(String typed, LocalDate from, LocalDate to, Precision precision) {

	/** How exactly the moment is known. */
	public enum Precision {

		DAY, MONTH, SEASON, YEAR, AROUND, RANGE, NONE

	}

	public static final StoryDate UNKNOWN = new StoryDate(null, null, null, Precision.NONE);

	private static final List<DateTimeFormatter> DAYS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
			Map.entry("january", 1), Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("february", 2),
			Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("march", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("juni", 6),
			Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
			Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("september", 9),
			Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
			Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
			Map.entry("december", 12), Map.entry("dec", 12));

	/** Season → its first month; a season lasts three months. */
	private static final Map<String, Integer> SEASONS = Map.ofEntries(Map.entry("voorjaar", 3), Map.entry("lente", 3),
			Map.entry("spring", 3), Map.entry("zomer", 6), Map.entry("summer", 6), Map.entry("najaar", 9),
			Map.entry("herfst", 9), Map.entry("autumn", 9), Map.entry("fall", 9), Map.entry("winter", 12));

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern AROUND = Pattern
		.compile("(?:rond|rondom|ongeveer|circa|ca\\.?|omstreeks|around|about|approximately|c\\.)\\s*(\\d{4})");

	private static final Pattern RANGE = Pattern
		.compile("(?:van\\s+|from\\s+)?(\\d{4})\\s*(?:-|–|tot(?:\\s+en\\s+met)?|t/m|to|until)\\s*(\\d{4})");

	private static final Pattern NAMED = Pattern.compile("(\\p{L}+\\.?)\\s+(\\d{4})");

	private static final Pattern MONTH_NUMBER = Pattern.compile("(\\d{1,2})[-/](\\d{4})|(\\d{4})-(\\d{1,2})");

	/**
	 * Reads what was typed; empty when it cannot be read (the caller explains the ways to
	 * write it).
	 */
	public static Optional<StoryDate> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(UNKNOWN);
		}
		String typed = value.strip();
		String text = typed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		for (DateTimeFormatter format : DAYS) {
			try {
				LocalDate day = LocalDate.parse(text, format);
				return sane(new StoryDate(typed, day, day, Precision.DAY));
			}
			catch (DateTimeParseException e) {
				// another way of writing it
			}
		}
		Matcher m = AROUND.matcher(text);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			return sane(new StoryDate(typed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.AROUND));
		}
		m = RANGE.matcher(text);
		if (m.matches()) {
			int first = Integer.parseInt(m.group(1));
			int last = Integer.parseInt(m.group(2));
			if (last < first) {
				return Optional.empty();
			}
			return sane(new StoryDate(typed, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Precision.RANGE));
		}
		m = YEAR.matcher(text);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			return sane(new StoryDate(typed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
		}
		m = NAMED.matcher(text);
		if (m.matches()) {
			String name = m.group(1).replace(".", "");
			int year = Integer.parseInt(m.group(2));
			if (MONTHS.containsKey(name)) {
				YearMonth month = YearMonth.of(year, MONTHS.get(name));
				return sane(new StoryDate(typed, month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
			}
			if (SEASONS.containsKey(name)) {
				YearMonth first = YearMonth.of(year, SEASONS.get(name));
				return sane(new StoryDate(typed, first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.SEASON));
			}
			return Optional.empty();
		}
		m = MONTH_NUMBER.matcher(text);
		if (m.matches()) {
			int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
			int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
			if (month < 1 || month > 12) {
				return Optional.empty();
			}
			YearMonth ym = YearMonth.of(year, month);
			return sane(new StoryDate(typed, ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH));
		}
		return Optional.empty();
	}

	private static Optional<StoryDate> sane(StoryDate date) {
		return date.from().getYear() < 1900 || date.to().getYear() > 2200 ? Optional.empty() : Optional.of(date);
	}

	public boolean known() {
		return precision != Precision.NONE;
	}

	/** The year to group the timeline by, or null when not known. */
	public Integer year() {
		return from == null ? null : from.getYear();
	}

}
