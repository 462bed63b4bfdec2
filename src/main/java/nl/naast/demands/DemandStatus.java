package nl.naast.demands;

/** Whether a demand still stands. */
public enum DemandStatus {

	OPEN, DONE, WITHDRAWN

}
