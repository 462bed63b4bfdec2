package nl.naast.story;

/** Whether an entry tells of a strength, of something that weighs, or neither. */
public enum Valence {

	STRENGTH, STRESSOR, NEUTRAL

}
