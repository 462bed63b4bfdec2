package nl.naast.team;

import nl.naast.shared.web.FormErrors;

/** The coordinator's invitation into the team, as typed. */
public record InvitationForm(String email, String name, String roleForFamily, String task, String notTask) {

	public static final int ROLE_MAX = 200;

	public static final int MANDATE_MAX = 2000;

	public InvitationForm {
		email = email == null ? "" : email;
		name = name == null ? "" : name;
		roleForFamily = roleForFamily == null ? "" : roleForFamily;
		task = task == null ? "" : task;
		notTask = notTask == null ? "" : notTask;
	}

	public static InvitationForm blank() {
		return new InvitationForm("", "", "", "", "");
	}

	FormErrors validate(boolean accountExists) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("team.invite." + field));
		String address = email.strip();
		if (address.isEmpty() || address.length() > 320 || !address.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
			errors.add("email", "validation.email");
		}
		if (!accountExists && errors.isEmpty() && name.isBlank()) {
			errors.add("name", "team.invite.nameNeeded");
		}
		if (name.strip().length() > 200) {
			errors.add("name", "validation.tooLong", 200);
		}
		if (roleForFamily.isBlank()) {
			errors.add("roleForFamily", "validation.required");
		}
		else if (roleForFamily.strip().length() > ROLE_MAX) {
			errors.add("roleForFamily", "validation.tooLong", ROLE_MAX);
		}
		if (task.isBlank()) {
			errors.add("task", "validation.required");
		}
		else if (task.strip().length() > MANDATE_MAX) {
			errors.add("task", "validation.tooLong", MANDATE_MAX);
		}
		if (notTask.strip().length() > MANDATE_MAX) {
			errors.add("notTask", "validation.tooLong", MANDATE_MAX);
		}
		return errors;
	}

}
