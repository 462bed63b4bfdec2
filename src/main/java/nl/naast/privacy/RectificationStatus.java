package nl.naast.privacy;

/** Where a request for correction stands, as the family reads it. */
public enum RectificationStatus {

	/** "ontvangen" */
	RECEIVED,
	/** "in behandeling" */
	IN_PROGRESS,
	/** "aangepast": the file was corrected */
	CORRECTED,
	/** "afgewezen", always with the reason */
	REJECTED;

	/** Whether the coordinator must say in words what was done or why not. */
	public boolean needsAnswer() {
		return this == CORRECTED || this == REJECTED;
	}

	public boolean open() {
		return this == RECEIVED || this == IN_PROGRESS;
	}

}
