package nl.naast.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads a date as people type it: 2015-04-23 (what date fields send), 23-4-2015 or
 * 23/4/2015. Dates that do not exist (30 February) and dates in the future are explained
 * at the field.
 */
public final class DateInput {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private DateInput() {
	}

	/**
	 * A date that is today or earlier, or empty with a message added to {@code errors}.
	 */
	public static Optional<LocalDate> pastOrToday(FormErrors errors, String field, String value, boolean required,
			LocalDate today) {
		Optional<LocalDate> date = parse(errors, field, value, required);
		if (date.isPresent() && date.get().isAfter(today)) {
			errors.add(field, "validation.dateInFuture");
			return Optional.empty();
		}
		return date;
	}

	/**
	 * A date that is today or later (a deadline), or empty with a message added to
	 * {@code errors}.
	 */
	public static Optional<LocalDate> todayOrLater(FormErrors errors, String field, String value, boolean required,
			LocalDate today) {
		Optional<LocalDate> date = parse(errors, field, value, required);
		if (date.isPresent() && date.get().isBefore(today)) {
			errors.add(field, "validation.dateInPast");
			return Optional.empty();
		}
		return date;
	}

	/** Any real date, past or future, or empty (also when left blank). */
	public static Optional<LocalDate> anyDate(FormErrors errors, String field, String value) {
		return parse(errors, field, value, false);
	}

	private static Optional<LocalDate> parse(FormErrors errors, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(field, "validation.required");
			}
			return Optional.empty();
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				LocalDate date = LocalDate.parse(value.strip(), format);
				if (date.getYear() < 1900 || date.getYear() > 2200) {
					errors.add(field, "validation.dateTooEarly");
					return Optional.empty();
				}
				return Optional.of(date);
			}
			catch (DateTimeParseException e) {
				// try the next way of writing a date
			}
		}
		errors.add(field, "validation.date");
		return Optional.empty();
	}

}
