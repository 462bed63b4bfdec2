package nl.naast.demands;

/** What sort of thing is asked. */
public enum DemandKind {

	/** at a date and time, at a place, taking some time */
	APPOINTMENT,
	/** to be done by a deadline */
	TASK,
	/** must hold, e.g. "no contact with X", "stable housing before return" */
	CONDITION,
	/** expected, without a deadline */
	EXPECTATION

}
