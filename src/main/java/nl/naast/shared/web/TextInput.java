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

}
