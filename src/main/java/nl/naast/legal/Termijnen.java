package nl.naast.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Dutch rules for the last day of a period. Algemene termijnenwet art. 1: a period set by
 * law that ends on a Saturday, a Sunday or a public holiday (art. 3: New Year's Day,
 * Easter Monday, Ascension Day, Whit Monday, Christmas Day and Boxing Day, King's Day and
 * 5 May) is extended to the next day that is none of these.
 */
public final class Termijnen {

	private Termijnen() {
	}

	/** The day itself, or the first day after it that is no weekend day or holiday. */
	public static LocalDate extendedIfClosed(LocalDate day) {
		LocalDate d = day;
		while (closed(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** A number of working days after a day. */
	public static LocalDate plusWorkingDays(LocalDate day, int days) {
		LocalDate d = day;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (!closed(d)) {
				left--;
			}
		}
		return d;
	}

	public static boolean closed(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || holiday(day);
	}

	public static boolean holiday(LocalDate day) {
		int year = day.getYear();
		LocalDate easter = easterSunday(year);
		LocalDate kingsDay = LocalDate.of(year, 4, 27);
		if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
			kingsDay = kingsDay.minusDays(1);
		}
		Set<LocalDate> holidays = Set.of(LocalDate.of(year, 1, 1), easter.plusDays(1), easter.plusDays(39),
				easter.plusDays(50), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), kingsDay,
				MonthDay.of(5, 5).atYear(year));
		return holidays.contains(day);
	}

	/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
