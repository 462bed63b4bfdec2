package nl.naast.story;

/** Where what an entry says comes from. */
public enum Source {

	/** the family told it */
	FAMILY,
	/** a professional wrote it */
	PROFESSIONAL,
	/** a document says it (a letter, a report, a decision) */
	DOCUMENT

}
