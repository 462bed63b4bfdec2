package nl.naast.plan;

/**
 * A new step as typed.
 *
 * @param who {@code FAMILY:<id>} for a parent, carer or child, {@code TEAM:<account id>}
 * for a team member
 */
public record StepForm(String what, String who, String dueOn, String needs) {

	public static final int MAX = 500;

	public StepForm {
		what = what == null ? "" : what;
		who = who == null ? "" : who;
		dueOn = dueOn == null ? "" : dueOn;
		needs = needs == null ? "" : needs;
	}

	public static StepForm blank() {
		return new StepForm("", "", "", "");
	}

}
