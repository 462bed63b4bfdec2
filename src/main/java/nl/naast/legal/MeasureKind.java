package nl.naast.legal;

/**
 * The measures a court takes for a child. Each names the rule for its longest duration
 * (in configuration) and its glossary term.
 */
public enum MeasureKind {

	/** ondertoezichtstelling */
	OTS("ots", "ondertoezichtstelling", null),
	/**
	 * voorlopige ondertoezichtstelling: decided at once, the parents are heard shortly
	 * after
	 */
	VOTS("vots", "voorlopige-ondertoezichtstelling", "vots-hearing"),
	/** machtiging uithuisplaatsing: lasts at most as long as the OTS it belongs to */
	MUHP("muhp", "machtiging-uithuisplaatsing", null),
	/** voogdij */
	GUARDIANSHIP(null, "voogdij", null),
	/** gezagsbeëindiging: an appeal within the appeal period */
	TERMINATION_OF_AUTHORITY(null, "gezagsbeeindigende-maatregel", "appeal");

	private final String rule;

	private final String glossary;

	private final String youCanRule;

	MeasureKind(String rule, String glossary, String youCanRule) {
		this.rule = rule;
		this.glossary = glossary;
		this.youCanRule = youCanRule;
	}

	/**
	 * The configured period in what the family can do ("binnen drie maanden"), or null
	 * when that text names none.
	 */
	public String youCanRule() {
		return youCanRule;
	}

	/**
	 * Whether a later measure of this kind, or of the other kind, carries on this one.
	 */
	boolean continuedBy(MeasureKind next) {
		return next == this || (this == VOTS && next == OTS);
	}

	/** The configured rule for its longest duration, or null when it has none. */
	public String rule() {
		return rule;
	}

	public String glossary() {
		return glossary;
	}

}
