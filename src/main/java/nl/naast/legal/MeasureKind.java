package nl.naast.legal;

/**
 * The measures a court takes for a child. Each names the rule for its longest duration
 * (in configuration) and its glossary term.
 */
public enum MeasureKind {

	/** ondertoezichtstelling */
	OTS("ots", "ondertoezichtstelling"),
	/** voorlopige ondertoezichtstelling */
	VOTS("vots", "voorlopige-ondertoezichtstelling"),
	/** machtiging uithuisplaatsing: lasts at most as long as the OTS it belongs to */
	MUHP("muhp", "machtiging-uithuisplaatsing"),
	/** voogdij */
	GUARDIANSHIP(null, "voogdij"),
	/** gezagsbeëindiging */
	TERMINATION_OF_AUTHORITY(null, "gezagsbeeindigende-maatregel");

	private final String rule;

	private final String glossary;

	MeasureKind(String rule, String glossary) {
		this.rule = rule;
		this.glossary = glossary;
	}

	/** The configured rule for its longest duration, or null when it has none. */
	public String rule() {
		return rule;
	}

	public String glossary() {
		return glossary;
	}

}
