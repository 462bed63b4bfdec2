package nl.naast.plan;

/** Where a goal or step stands. There is no "failed": what does not work is adjusted. */
public enum Progress {

	OPEN, IN_PROGRESS, REACHED, ADJUSTED

}
