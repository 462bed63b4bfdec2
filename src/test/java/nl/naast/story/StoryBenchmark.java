package nl.naast.story;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.NaastApplication;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyForm;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.PageRequest;

/**
 * How the story holds up for a family with 10,000 timeline entries, and how long finding
 * vicious circles takes among 1,000 links. A benchmark, not a test: run it after
 * {@code ./mvnw test-compile} (see bench/README.md). It starts Naast without a web server
 * on an in-memory database (or the one in NAAST_BENCH_DB_URL), fills one family, warms
 * up, then prints percentiles.
 */
public final class StoryBenchmark {

	private StoryBenchmark() {
	}

	public static void main(String[] args) {
		int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		cycles(1_000);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", System.getenv()
			.getOrDefault("NAAST_BENCH_DB_URL",
					"jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
		properties.put("spring.datasource.username", System.getenv().getOrDefault("NAAST_BENCH_DB_USER", "sa"));
		properties.put("spring.datasource.password", System.getenv().getOrDefault("NAAST_BENCH_DB_PASSWORD", ""));
		properties.put("naast.demo.enabled", "false");
		properties.put("server.port", "0");
		properties.put("logging.level.root", "warn");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NaastApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties(properties)
			.run()) {
			page(context, entries);
		}
	}

	/** Random links among 300 items, with circles; Tarjan plus a walk per circle. */
	static void cycles(int links) {
		Random random = new Random(2026);
		List<UUID> items = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			items.add(UUID.randomUUID());
		}
		List<Cycles.Edge> edges = new ArrayList<>();
		for (int i = 0; i < links; i++) {
			edges
				.add(new Cycles.Edge(items.get(random.nextInt(items.size())), items.get(random.nextInt(items.size()))));
		}
		for (int i = 0; i < 500; i++) {
			Cycles.find(edges);
		}
		long[] times = new long[1_000];
		int circles = 0;
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			circles = Cycles.find(edges).size();
			times[i] = System.nanoTime() - start;
		}
		report("cycles among " + links + " links (" + circles + " circles)", times);
	}

	static void page(ConfigurableApplicationContext context, int count) {
		Accounts accounts = context.getBean(Accounts.class);
		FamilyFiles families = context.getBean(FamilyFiles.class);
		Stories stories = context.getBean(Stories.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		UUID coordinator = accounts
			.createWithPassword("bench-" + UUID.randomUUID() + "@naast.test", "Bench", Role.COORDINATOR, null,
					"correct horse battery")
			.id();
		UUID family = accounts.actingAs(coordinator, () -> families
			.register(FamilyForm.fromFields(Map.of("name", "Gezin Bench", "carers[0].name", "Ouder", "children[0].name",
					"Kind", "children[0].birthDate", "2015-01-01", "children[0].living", "AT_HOME")))
			.familyId());
		Random random = new Random(2026);
		Domain[] domains = Domain.values();
		Valence[] valences = Valence.values();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = random.nextInt(20) == 0 ? null : LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_000));
			rows.add(new Object[] { UUID.randomUUID(), family, day == null ? null : day.toString(),
					day == null ? null : Date.valueOf(day), day == null ? null : Date.valueOf(day),
					day == null ? "NONE" : "DAY", "Gebeurtenis " + i + " in het leven van het gezin.",
					domains[random.nextInt(domains.length)].name(), valences[random.nextInt(valences.length)].name(),
					"FAMILY", coordinator, "Bench", "COORDINATOR", Timestamp.from(Instant.now()) });
		}
		jdbc.batchUpdate("INSERT INTO story_entry (id, family_id, when_typed, when_from, when_to, precision, what, "
				+ "domain, valence, source, author_id, author_name, author_kind, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.update("INSERT INTO story_tally (family_id, domain, valence, entries) SELECT family_id, domain, valence, "
				+ "COUNT(*) FROM story_entry WHERE family_id = ? GROUP BY family_id, domain, valence", family);
		int pages = (count + PageRequest.DEFAULT_SIZE - 1) / PageRequest.DEFAULT_SIZE;
		accounts.actingAs(coordinator, () -> {
			for (int i = 0; i < 200; i++) {
				stories.view(family, null, PageRequest.of(random.nextInt(pages)));
			}
			long[] times = new long[500];
			for (int i = 0; i < times.length; i++) {
				int page = random.nextInt(pages);
				Domain domain = random.nextBoolean() ? null : domains[random.nextInt(domains.length)];
				long start = System.nanoTime();
				stories.view(family, domain, PageRequest.of(page));
				times[i] = System.nanoTime() - start;
			}
			report("story page of " + count + " entries (random page, half by domain)", times);
			long[] first = new long[500];
			for (int i = 0; i < first.length; i++) {
				long start = System.nanoTime();
				stories.view(family, null, PageRequest.of(0));
				first[i] = System.nanoTime() - start;
			}
			report("story page of " + count + " entries (first page, as the story opens)", first);
			return null;
		});
	}

	private static void report(String what, long[] times) {
		Arrays.sort(times);
		System.out.printf("%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", what, times[times.length / 2] / 1e6,
				times[times.length * 9 / 10] / 1e6, times[times.length * 99 / 100] / 1e6);
	}

}
