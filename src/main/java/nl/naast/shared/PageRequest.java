package nl.naast.shared;

/**
 * A page of a list, counted from 0. Sizes are bounded so that no request can ask for
 * everything.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public PageRequest {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), 100);
	}

	public static PageRequest of(Integer page) {
		return new PageRequest(page == null ? 0 : page, DEFAULT_SIZE);
	}

	public long offset() {
		return (long) page * size;
	}
}
