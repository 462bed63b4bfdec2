package nl.naast.legal;

/**
 * Events with a date that matters: the hearing itself, or the last day to act. Some
 * deadlines follow from a day the family knows (the day a report arrived, the day of the
 * decision) by a configured rule.
 */
public enum EventKind {

	/** zitting */
	HEARING(null, "zitting"),
	/** reacting to the Child Protection Board's draft report */
	BOARD_REPORT("board-report", "raadsrapport"),
	/** challenging a written instruction (schriftelijke aanwijzing) */
	WRITTEN_INSTRUCTION("written-instruction", "schriftelijke-aanwijzing"),
	/** lodging an appeal against a decision */
	APPEAL("appeal", "hoger-beroep"),
	/** evaluation of the measure */
	EVALUATION(null, "evaluatie"),
	/** the decision where the child will grow up */
	PERSPECTIVE_DECISION(null, "perspectiefbesluit"), OTHER(null, null);

	private final String rule;

	private final String glossary;

	EventKind(String rule, String glossary) {
		this.rule = rule;
		this.glossary = glossary;
	}

	/** The configured rule that computes the deadline from the base day, or null. */
	public String rule() {
		return rule;
	}

	public String glossary() {
		return glossary;
	}

	public boolean computed() {
		return rule != null;
	}

	/** Its name in configuration, e.g. written-instruction. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
