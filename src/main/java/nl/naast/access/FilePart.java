package nl.naast.access;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a family file that access is decided for. The consentable parts are the
 * ones a family opens to each team member separately; they are listed here before their
 * pages exist, so that a family's decision holds from the day each part arrives.
 */
public enum FilePart {

	/** family, parents, children, strengths and concerns */
	OVERVIEW(false),
	/** "who looked at our file" */
	ACCESS_LOG(false),
	/** who has access and as what */
	RELATIONSHIPS(false),
	/** the team page: who helps the family, their mandate */
	TEAM(false),
	/** the family's decisions on what each team member may see */
	CONSENT(false),
	/**
	 * "Mijn gegevens": the family's copy of its data and its requests for correction
	 */
	MY_DATA(false),
	/** the timeline and the family's own story */
	STORY(true),
	/** the explanatory analysis (verklarende analyse) */
	ANALYSIS(true),
	/** goals and the step plan */
	PLAN(true),
	/** meetings: preparation, summaries, agreements */
	MEETINGS(true),
	/** what is asked of the family */
	DEMANDS(true),
	/** measures, hearings and deadlines */
	LEGAL(true),
	/** contact (omgang) between parents and children */
	CONTACT(true),
	/** the family's rating of whether help helps */
	FEEDBACK(true);

	private final boolean consentable;

	FilePart(boolean consentable) {
		this.consentable = consentable;
	}

	/** Whether the family decides per team member if this part may be seen. */
	public boolean consentable() {
		return consentable;
	}

	public static List<FilePart> consentableParts() {
		return Arrays.stream(values()).filter(FilePart::consentable).toList();
	}

}
