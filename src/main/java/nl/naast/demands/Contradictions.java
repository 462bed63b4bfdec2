package nl.naast.demands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds open demands on the same topic that point opposite ways ("must" against "must
 * not") while their periods overlap. A demand without a start holds from always, without
 * an end until always.
 */
public final class Contradictions {

	private Contradictions() {
	}

	/**
	 * A topic as people type it, made comparable: case and extra spaces do not matter.
	 */
	static String topicKey(String topic) {
		if (topic == null) {
			return "";
		}
		StringBuilder key = new StringBuilder(topic.length());
		boolean space = false;
		for (int i = 0; i < topic.length(); i++) {
			char c = topic.charAt(i);
			if (Character.isWhitespace(c)) {
				space = key.length() > 0;
			}
			else {
				if (space) {
					key.append(' ');
					space = false;
				}
				key.append(Character.toLowerCase(c));
			}
		}
		return key.toString();
	}

	/** The existing demands a new one contradicts: one pass over the family's demands. */
	public static List<Demand> contradictedBy(Demand candidate, List<Demand> existing) {
		if (!comparable(candidate)) {
			return List.of();
		}
		String topic = topicKey(candidate.topic());
		return existing.stream()
			.filter(d -> comparable(d) && !d.id().equals(candidate.id()) && topicKey(d.topic()).equals(topic))
			.filter(d -> d.polarity() != candidate.polarity() && overlap(d, candidate))
			.toList();
	}

	/**
	 * Every demand that contradicts at least one other. Per topic and direction the
	 * periods are merged once (sorted by start); each demand is then checked against the
	 * merged periods of the other direction by binary search: n log n, never every pair.
	 */
	public static Set<UUID> involved(List<Demand> demands) {
		Map<String, List<Demand>> byTopic = new java.util.HashMap<>();
		for (Demand d : demands) {
			if (d.open() && d.polarity() != null) {
				String key = topicKey(d.topic());
				if (!key.isEmpty()) {
					byTopic.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
				}
			}
		}
		Set<UUID> involved = new HashSet<>();
		for (List<Demand> topic : byTopic.values()) {
			Map<Polarity, List<LocalDate[]>> merged = new EnumMap<>(Polarity.class);
			for (Polarity polarity : Polarity.values()) {
				merged.put(polarity, merge(topic.stream().filter(d -> d.polarity() == polarity).toList()));
			}
			for (Demand d : topic) {
				if (touches(merged.get(d.polarity().opposite()), from(d), to(d))) {
					involved.add(d.id());
				}
			}
		}
		return involved;
	}

	private static List<LocalDate[]> merge(List<Demand> demands) {
		List<LocalDate[]> periods = new ArrayList<>();
		demands.stream().sorted(Comparator.comparing(Contradictions::from)).forEach(d -> {
			LocalDate[] last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			if (last != null && !from(d).isAfter(last[1])) {
				if (to(d).isAfter(last[1])) {
					last[1] = to(d);
				}
			}
			else {
				periods.add(new LocalDate[] { from(d), to(d) });
			}
		});
		return periods;
	}

	/** Whether [from, to] meets any of the merged, disjoint, sorted periods. */
	private static boolean touches(List<LocalDate[]> periods, LocalDate from, LocalDate to) {
		int low = 0;
		int high = periods.size() - 1;
		// the last period that starts on or before "to"
		int candidate = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (!periods.get(middle)[0].isAfter(to)) {
				candidate = middle;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return candidate >= 0 && !periods.get(candidate)[1].isBefore(from);
	}

	private static boolean comparable(Demand d) {
		return d.open() && d.polarity() != null && !topicKey(d.topic()).isEmpty();
	}

	static boolean overlap(Demand a, Demand b) {
		return !to(a).isBefore(from(b)) && !to(b).isBefore(from(a));
	}

	static LocalDate from(Demand d) {
		return d.periodFrom() != null ? d.periodFrom() : LocalDate.MIN;
	}

	static LocalDate to(Demand d) {
		return d.periodTo() != null ? d.periodTo() : LocalDate.MAX;
	}

}
