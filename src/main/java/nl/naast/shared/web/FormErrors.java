package nl.naast.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Validation messages per form field, in the order the fields appear. Templates show them
 * twice: in the summary at the top (linking to the field) and next to the field itself.
 */
public final class FormErrors {

	private final Map<String, FieldError> errors = new LinkedHashMap<>();

	private final Function<String, Label> labels;

	private FormErrors(Function<String, Label> labels) {
		this.labels = labels;
	}

	public static FormErrors none() {
		return new FormErrors(field -> null);
	}

	/**
	 * Errors whose summary names the field ("Date of birth: enter a date that exists"),
	 * with the field's label found by {@code labels}.
	 */
	public static FormErrors labelledBy(Function<String, Label> labels) {
		return new FormErrors(labels);
	}

	/** A field's label as a message key with arguments, e.g. "Child {0}" and 2. */
	public record Label(String key, Object... args) {

		/** Arguments that are labels themselves are translated first. */
		public String text(PageContext ctx) {
			Object[] resolved = java.util.Arrays.stream(args)
				.map(a -> a instanceof Label l ? l.text(ctx) : a)
				.toArray();
			return ctx.t(key, resolved);
		}
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

	/** The line in the error summary: the field's label, then what is wrong. */
	public String summary(String field, PageContext ctx) {
		Label label = labels.apply(field);
		return label == null ? message(field, ctx) : ctx.t("form.summaryLine", label.text(ctx), message(field, ctx));
	}

	/**
	 * The HTML id for a field name such as {@code carers[0].name}: letters, digits and
	 * dashes only.
	 */
	public static String anchor(String field) {
		return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

	public List<FieldError> all() {
		return new ArrayList<>(errors.values());
	}

	public record FieldError(String field, String messageKey, Object[] args) {
	}

}
