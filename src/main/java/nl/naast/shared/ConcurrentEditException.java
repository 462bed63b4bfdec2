package nl.naast.shared;

/**
 * Someone else saved the same record after this person opened it; nothing was
 * overwritten.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String message) {
		super(message);
	}

}
