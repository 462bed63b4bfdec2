package nl.naast.meetings.web;

import java.util.Map;

import nl.naast.shared.web.FormErrors;

/**
 * The one form on a meeting's page that came back, with what was typed and what to fix;
 * every other form on the page shows what is stored.
 *
 * @param id e.g. {@code preparation}, {@code summary}, {@code step-<agreement>}
 * @param conflict someone else changed the same thing meanwhile
 */
public record OpenForm(String id, FormErrors errors, Map<String, String> typed, boolean conflict) {

	static OpenForm none() {
		return new OpenForm("", FormErrors.none(), Map.of(), false);
	}

	public boolean is(String formId) {
		return id.equals(formId);
	}

	public FormErrors errorsFor(String formId) {
		return is(formId) ? errors : FormErrors.none();
	}

	/** What was typed into this field of this form, or else what is stored. */
	public String value(String formId, String field, String stored) {
		if (is(formId)) {
			return typed.getOrDefault(field, "");
		}
		return stored == null ? "" : stored;
	}

}
