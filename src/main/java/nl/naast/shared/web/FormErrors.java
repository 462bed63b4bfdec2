package nl.naast.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation messages per form field, in the order the fields appear. Templates show them twice: in the
 * summary at the top (linking to the field) and next to the field itself.
 */
public final class FormErrors {

	private final Map<String, FieldError> errors = new LinkedHashMap<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	/** Keeps the first message per field: one clear message beats three. */
	public FormErrors add(String field, String messageKey, Object... args) {
		errors.putIfAbsent(field, new FieldError(field, messageKey, args));
		return this;
	}

	public boolean has(String field) {
		return errors.containsKey(field);
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public String message(String field, PageContext ctx) {
		FieldError error = errors.get(field);
		return error == null ? "" : ctx.t(error.messageKey(), error.args());
	}

	/** The HTML id for a field name such as {@code carers[0].name}: letters, digits and dashes only. */
	public static String anchor(String field) {
		return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

	public List<FieldError> all() {
		return new ArrayList<>(errors.values());
	}

	public record FieldError(String field, String messageKey, Object[] args) {
	}
}
