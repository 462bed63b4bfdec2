package nl.naast.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, for "page 2 of 7" navigation. */
public record Slice<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public <R> Slice<R> map(Function<T, R> mapper) {
		return new Slice<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
