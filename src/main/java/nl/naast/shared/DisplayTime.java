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

}
