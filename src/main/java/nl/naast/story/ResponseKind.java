package nl.naast.story;

/** What the family says beside an entry. */
public enum ResponseKind {

	/** "Zo zien wij het": the family's view, with equal weight */
	OWN_VIEW,
	/** "Informatie ontbreekt": what is left out */
	MISSING,
	/** "Klopt niet": a correction; the original stays */
	INCORRECT

}
