package nl.naast.shared;

/**
 * Whatever the reason (unknown id, no relationship, no consent), the person sees the same
 * 404 page, so that a refusal does not reveal that a family exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
