package nl.naast.trainings;

/** Who a session is meant for. */
public enum Audience {

	/** professionals in youth care */
	PROFESSIONALS,
	/** managers */
	MANAGERS,
	/** students (mbo, hbo, university) */
	STUDENTS

}
