package nl.naast.plan;

/** When a goal is for. */
public enum Horizon {

	/** "waar ben je morgen mee geholpen?" */
	TOMORROW,
	/** "waarmee over een half jaar?" */
	HALF_YEAR,
	/** the one end goal the family and the team share */
	END_GOAL

}
