package nl.naast.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.demands.Appointment;
import nl.naast.demands.Clashes;
import nl.naast.demands.Contradictions;
import nl.naast.demands.Demand;
import nl.naast.demands.DemandKind;
import nl.naast.demands.DemandStatus;
import nl.naast.demands.Load;
import nl.naast.demands.LoadRules;
import nl.naast.demands.Polarity;

/**
 * How long load, clashes and contradictions take for one family with 10,000 demands. A
 * benchmark, not a test: run it with {@code ./mvnw -q test-compile exec:java} or from an
 * IDE; it warms up, then prints percentiles.
 */
public final class DemandAnalysisBenchmark {

	private DemandAnalysisBenchmark() {
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
		ZoneId zone = ZoneId.of("Europe/Amsterdam");
		Random random = new Random(seed);
		List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		Map<UUID, String> names = new LinkedHashMap<>();
		people.forEach(p -> names.put(p, "persoon " + names.size()));
		LocalDate firstMonday = LocalDate.of(2026, 11, 30);
		List<Demand> demands = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			DemandKind kind = DemandKind.values()[random.nextInt(4)];
			Instant start = firstMonday.atStartOfDay(zone)
				.toInstant()
				.plus(Duration.ofMinutes(15L * random.nextInt(20_000)));
			LocalDate from = firstMonday.plusDays(random.nextInt(400));
			demands.add(new Demand(UUID.randomUUID(), "org", null, people.get(random.nextInt(people.size())), "x", "y",
					null, null, kind, kind == DemandKind.APPOINTMENT ? start : null,
					kind == DemandKind.APPOINTMENT ? start.plus(Duration.ofMinutes(30 + random.nextInt(90))) : null,
					false, null, kind == DemandKind.TASK ? from : null, false, null, DemandStatus.OPEN, null,
					UUID.randomUUID(), "z", RelationshipKind.COORDINATOR, 0, Instant.now(),
					"onderwerp " + random.nextInt(40), random.nextBoolean() ? Polarity.MUST : Polarity.MUST_NOT, from,
					from.plusDays(random.nextInt(60)), null, null));
		}
		LoadRules rules = LoadRules.defaults();
		int rounds = 200;
		long[] total = new long[rounds];
		long[][] parts = new long[3][rounds];
		int sink = 0;
		for (int round = -100; round < rounds; round++) {
			long t0 = System.nanoTime();
			List<Appointment> appointments = new ArrayList<>(
					demands.stream().flatMap(d -> d.appointment().stream()).toList());
			sink += Clashes.find(appointments, rules.travelPerAppointment()).size();
			long t1 = System.nanoTime();
			sink += Load.perWeek(demands, names, firstMonday.minusWeeks(8), 16, rules, zone).size();
			long t2 = System.nanoTime();
			sink += Contradictions.involved(demands).size();
			long t3 = System.nanoTime();
			if (round >= 0) {
				total[round] = t3 - t0;
				parts[0][round] = t1 - t0;
				parts[1][round] = t2 - t1;
				parts[2][round] = t3 - t2;
			}
		}
		report("all three", size, total);
		report("clashes", size, parts[0]);
		report("load", size, parts[1]);
		report("contradictions", size, parts[2]);
		System.out.println("(sink " + sink + ")");
	}

	private static void report(String what, int size, long[] nanos) {
		Arrays.sort(nanos);
		int n = nanos.length;
		System.out.printf("%-15s demands=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms%n", what, size, nanos[n / 2] / 1e6,
				nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6);
	}

}
