package nl.naast.plan;

import java.util.Arrays;
import java.util.Optional;

import nl.naast.shared.web.FormErrors;

/**
 * A new goal, or an adjusted one, as typed. Adjusting asks for a reason in plain words.
 */
public record GoalForm(String horizon, String text, String reason, String version) {

	public static final int TEXT_MAX = 1000;

	public GoalForm {
		horizon = horizon == null ? "" : horizon;
		text = text == null ? "" : text;
		reason = reason == null ? "" : reason;
		version = version == null ? "" : version;
	}

	public static GoalForm blank() {
		return new GoalForm("", "", "", "");
	}

	Optional<Horizon> chosenHorizon() {
		return Arrays.stream(Horizon.values()).filter(h -> h.name().equals(horizon)).findFirst();
	}

	int versionNumber() {
		try {
			return Integer.parseInt(version.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	FormErrors validate(boolean adjusting) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("plan.goal." + field));
		if (chosenHorizon().isEmpty()) {
			errors.add("horizon", "validation.choose");
		}
		if (text.isBlank()) {
			errors.add("text", "plan.validation.emptyGoal");
		}
		else if (text.strip().length() > TEXT_MAX) {
			errors.add("text", "validation.tooLong", TEXT_MAX);
		}
		if (adjusting && reason.isBlank()) {
			errors.add("reason", "plan.validation.reason");
		}
		else if (reason.strip().length() > TEXT_MAX) {
			errors.add("reason", "validation.tooLong", TEXT_MAX);
		}
		return errors;
	}

}
