package nl.naast.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Averages of ratings per group (a professional, an organisation) and month that never
 * show a single family: a group with fewer than {@link #MIN_FAMILIES} families in a month
 * is left out, and only says so.
 */
final class Aggregates {

	/** Fewer families than this, and an average could point at one of them. */
	static final int MIN_FAMILIES = 5;

	private Aggregates() {
	}

	/**
	 * One rating as aggregation sees it: which family, which group, which month, how
	 * much.
	 */
	record Score(UUID familyId, String group, LocalDate month, double heard, double important, double fits,
			double helps) {
	}

	static List<TrendCell> of(List<Score> scores) {
		Map<String, Map<LocalDate, List<Score>>> grouped = new TreeMap<>();
		for (Score s : scores) {
			grouped.computeIfAbsent(s.group(), g -> new TreeMap<>())
				.computeIfAbsent(s.month(), m -> new ArrayList<>())
				.add(s);
		}
		List<TrendCell> cells = new ArrayList<>();
		grouped.forEach((group, months) -> months.forEach((month, list) -> {
			Set<UUID> families = new HashSet<>();
			list.forEach(s -> families.add(s.familyId()));
			if (families.size() < MIN_FAMILIES) {
				cells.add(new TrendCell(group, month, true, 0, 0, 0, 0, 0));
			}
			else {
				cells.add(new TrendCell(group, month, false, families.size(), avg(list, Score::heard),
						avg(list, Score::important), avg(list, Score::fits), avg(list, Score::helps)));
			}
		}));
		return cells;
	}

	private static double avg(List<Score> list, java.util.function.ToDoubleFunction<Score> value) {
		return Math.round(list.stream().mapToDouble(value).average().orElse(0) * 10) / 10.0;
	}

}
