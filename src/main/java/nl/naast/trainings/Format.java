package nl.naast.trainings;

/** What kind of meeting a session is. */
public enum Format {

	WORK_SESSION, TRAINING, TALK, GUEST_LECTURE

}
