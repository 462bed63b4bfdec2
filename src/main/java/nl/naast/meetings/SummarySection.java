package nl.naast.meetings;

/** The parts of a meeting's plain summary; a parent can say "dit klopt niet" on each. */
public enum SummarySection {

	SAID, DECIDED, MEANS, NEXT

}
