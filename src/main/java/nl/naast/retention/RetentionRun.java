package nl.naast.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One run of the retention job and what it erased, per class and part. */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, LocalDate runOn, List<Count> counts) {

	public int total(String retentionClass) {
		return counts.stream().filter(c -> c.retentionClass().equals(retentionClass)).mapToInt(Count::erased).sum();
	}

	public int erased(String retentionClass, String part) {
		return counts.stream()
			.filter(c -> c.retentionClass().equals(retentionClass) && c.part().equals(part))
			.mapToInt(Count::erased)
			.sum();
	}

	public record Count(String retentionClass, String part, int erased) {
	}

}
