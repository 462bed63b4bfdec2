package nl.naast.identity.web;

import java.util.Arrays;

import nl.naast.identity.OrganisationKind;
import nl.naast.identity.Organisations;
import nl.naast.shared.web.FormErrors;

/** The new-organisation form as typed. */
public record OrganisationForm(String name, String kind) {

	public OrganisationForm {
		name = name == null ? "" : name;
		kind = kind == null ? "" : kind;
	}

	FormErrors validate(Organisations organisations) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label(
				"name".equals(field) ? "admin.organisations.name" : "admin.organisations.kind"));
		if (name.isBlank()) {
			errors.add("name", "validation.required");
		}
		else if (name.strip().length() > 200) {
			errors.add("name", "validation.tooLong", 200);
		}
		else if (organisations.nameTaken(name)) {
			errors.add("name", "admin.organisations.nameTaken");
		}
		if (Arrays.stream(OrganisationKind.values()).noneMatch(k -> k.name().equals(kind))) {
			errors.add("kind", "validation.choose");
		}
		return errors;
	}
}
