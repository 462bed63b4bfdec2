package nl.naast.shared.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Checks typed text and times the same way on every form: required fields filled in,
 * lengths kept, times written as 9:30 or 09:30.
 */
public final class TextInput {

	private TextInput() {
	}

	/** Adds a message when a required field is empty or any field is longer than max. */
	public static void check(FormErrors errors, String field, String value, boolean required, int max) {
		if (required && (value == null || value.isBlank())) {
			errors.add(field, "validation.required");
		}
		else if (value != null && value.strip().length() > max) {
			errors.add(field, "validation.tooLong", max);
		}
	}

	/**
	 * A time of day, or empty: with a message when it cannot be read, or when required.
	 */
	public static Optional<LocalTime> time(FormErrors errors, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(field, "validation.required");
			}
			return Optional.empty();
		}
		String typed = value.strip();
		try {
			return Optional.of(LocalTime.parse(typed.length() == 4 ? "0" + typed : typed));
		}
		catch (DateTimeParseException e) {
			errors.add(field, "validation.time");
			return Optional.empty();
		}
	}

	/** One of an enum's values as a form sends it, or empty when it is none of them. */
	public static <E extends Enum<E>> java.util.Optional<E> option(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Enum.valueOf(type, value.strip()));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	/** What was typed, stripped, or null when nothing was typed. */
	public static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A whole number from 0 to 10, as the sliders send it, or empty with a message. */
	public static Optional<Integer> score(FormErrors errors, String field, String value) {
		try {
			int score = Integer.parseInt(value == null ? "" : value.strip());
			if (score >= 0 && score <= 10) {
				return Optional.of(score);
			}
		}
		catch (NumberFormatException e) {
			// explained below
		}
		errors.add(field, "validation.score");
		return Optional.empty();
	}

}
