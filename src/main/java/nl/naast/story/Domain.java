package nl.naast.story;

/** The parts of a family's life a story entry is about. */
public enum Domain {

	/** money and debts, including the benefits claw-back and its recovery */
	MONEY,
	/** housing */
	HOUSING,
	/** work and income from work */
	WORK,
	/** health, body and mind */
	HEALTH,
	/** family and relationships */
	RELATIONSHIPS,
	/** the children and school */
	CHILDREN,
	/** institutions: reports, measures, placements, decisions */
	INSTITUTIONS,
	/** discrimination and how the family was treated */
	TREATMENT,
	/** strengths, and help that worked */
	STRENGTHS

}
