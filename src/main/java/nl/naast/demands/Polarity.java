package nl.naast.demands;

/**
 * Which way a demand points on its topic. Two demands on one topic pointing opposite ways
 * contradict.
 */
public enum Polarity {

	/** "moet" */
	MUST,
	/** "mag niet" */
	MUST_NOT;

	Polarity opposite() {
		return this == MUST ? MUST_NOT : MUST;
	}

}
