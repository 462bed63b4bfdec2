package nl.naast.family;

/** Where a child lives now. */
public enum LivingSituation {

	AT_HOME,
	/** pleeggezin */
	FOSTER_CARE,
	/** gezinshuis */
	FAMILY_HOME,
	/** wonen en hulp in een instelling */
	RESIDENTIAL, OTHER

}
