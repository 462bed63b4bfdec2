package nl.naast.plan.web;

import nl.naast.plan.GoalForm;
import nl.naast.plan.StepForm;
import nl.naast.shared.web.FormErrors;

/**
 * The one form on the plan page that came back, with what was typed and what to fix; the
 * plan page has many small forms and only this one opens with its input.
 *
 * @param formId e.g. {@code new-goal}, {@code adjust-<goal>}, {@code step-<goal>},
 * {@code status-<step>}
 * @param conflict someone else changed the same goal or step meanwhile
 */
public record PendingForm(String formId, FormErrors errors, GoalForm goal, StepForm step, String reason,
		boolean conflict) {

	static PendingForm none() {
		return new PendingForm("", FormErrors.none(), GoalForm.blank(), StepForm.blank(), "", false);
	}

	public boolean is(String id) {
		return formId.equals(id);
	}

	/** Errors for the named form; none for every other form on the page. */
	public FormErrors errorsFor(String id) {
		return is(id) ? errors : FormErrors.none();
	}

	public GoalForm goalFor(String id) {
		return is(id) ? goal : GoalForm.blank();
	}

	public StepForm stepFor(String id) {
		return is(id) ? step : StepForm.blank();
	}

	public String reasonFor(String id) {
		return is(id) ? reason : "";
	}

}
