package nl.naast.demands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds appointments one person cannot both keep. Each appointment occupies the person
 * from the travel time before it starts until it ends (half-open: one ending at 10:00 and
 * the next "busy from" 10:00 do not clash). Per person the appointments are sorted once
 * and swept, keeping the one that runs longest: n log n, never every pair.
 */
public final class Clashes {

	private Clashes() {
	}

	/** A pair that cannot both be kept. */
	public record Clash(UUID personId, UUID first, UUID second) {
	}

	public static List<Clash> find(List<Appointment> appointments, Duration travel) {
		Map<UUID, List<Appointment>> perPerson = appointments.stream()
			.collect(Collectors.groupingBy(Appointment::personId, LinkedHashMap::new, Collectors.toList()));
		List<Clash> clashes = new ArrayList<>();
		for (List<Appointment> own : perPerson.values()) {
			own.sort(Comparator.comparing((Appointment a) -> a.busyFrom(travel)).thenComparing(Appointment::end));
			Appointment longest = null;
			for (Appointment next : own) {
				if (longest != null && next.busyFrom(travel).isBefore(longest.end())) {
					clashes.add(new Clash(next.personId(), longest.demandId(), next.demandId()));
				}
				if (longest == null || next.end().isAfter(longest.end())) {
					longest = next;
				}
			}
		}
		return clashes;
	}

	/** The appointments that clash with at least one other. */
	public static Set<UUID> involved(List<Clash> clashes) {
		Set<UUID> ids = new HashSet<>();
		clashes.forEach(c -> {
			ids.add(c.first());
			ids.add(c.second());
		});
		return ids;
	}

	/** Whether a new appointment clashes with any existing one of the same person. */
	public static boolean clashesWithAny(Appointment candidate, List<Appointment> existing, Duration travel) {
		Instant from = candidate.busyFrom(travel);
		return existing.stream()
			.filter(a -> a.personId().equals(candidate.personId()) && !a.demandId().equals(candidate.demandId()))
			.anyMatch(a -> from.isBefore(a.end()) && a.busyFrom(travel).isBefore(candidate.end()));
	}

}
