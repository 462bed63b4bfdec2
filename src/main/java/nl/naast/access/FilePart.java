package nl.naast.access;

/**
 * The parts of a family file that access is decided for. Later parts (story, plan, ...)
 * join this list.
 */
public enum FilePart {

	/** family, parents, children, strengths and concerns */
	OVERVIEW,
	/** "who looked at our file" */
	ACCESS_LOG,
	/** who has access and as what */
	RELATIONSHIPS

}
