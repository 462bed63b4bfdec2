package nl.naast.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formats moments and dates the way people in the Netherlands read them. */
public final class DisplayTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DisplayTime() {
	}

	/** Today as people in the Netherlands count days, by the injected clock. */
	/** The first moment of a day in Amsterdam. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	public static LocalDate today(java.time.Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public static String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(instant.atZone(ZONE));
	}

	public static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** A day with its weekday, e.g. "dinsdag 8 december 2026": people plan by weekday. */
	public static String day(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
	}

	/** The time of day, e.g. 09:30, in Amsterdam time. */
	public static String time(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZONE));
	}

	/** A month, e.g. "november 2026". */
	public static String month(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(date);
	}

}
