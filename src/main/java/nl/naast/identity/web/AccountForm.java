package nl.naast.identity.web;

import java.util.Arrays;

import nl.naast.identity.Organisations;
import nl.naast.identity.Role;
import nl.naast.shared.Ids;
import nl.naast.shared.web.FormErrors;

/** The new-account form as typed. */
public record AccountForm(String email, String name, String role, String organisation) {

	public AccountForm {
		email = email == null ? "" : email;
		name = name == null ? "" : name;
		role = role == null ? "" : role;
		organisation = organisation == null ? "" : organisation;
	}

	FormErrors validate(Organisations organisations) {
		FormErrors errors = FormErrors.labelledBy(field -> switch (field) {
			case "email" -> new FormErrors.Label("login.email");
			case "name" -> new FormErrors.Label("admin.accounts.name");
			case "role" -> new FormErrors.Label("admin.accounts.role");
			default -> new FormErrors.Label("admin.accounts.organisation");
		});
		String trimmed = email.strip();
		if (trimmed.isEmpty() || trimmed.length() > 320 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add("email", "validation.email");
		}
		if (name.isBlank()) {
			errors.add("name", "validation.required");
		}
		else if (name.strip().length() > 200) {
			errors.add("name", "validation.tooLong", 200);
		}
		if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
			errors.add("role", "validation.choose");
		}
		if (!organisation.isEmpty() && Ids.parse(organisation).flatMap(organisations::find).isEmpty()) {
			errors.add("organisation", "validation.choose");
		}
		return errors;
	}
}
