package nl.naast.trainings;

/** What a custom request asks for. */
public enum RequestKind {

	WORK_SESSION, TRAINING, TALK, GUEST_LECTURE

}
