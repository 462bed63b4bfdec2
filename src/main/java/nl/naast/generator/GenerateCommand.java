package nl.naast.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar naast.jar generate --families N [--seed S] [--manifest FILE]}:
 * generates families, prints progress and a summary, writes the manifest for the load
 * test and exits (0, or 1 when generating failed).
 */
@Component
class GenerateCommand implements ApplicationRunner {

	static final long DEFAULT_SEED = 2026;

	static final String DEFAULT_MANIFEST = "bench/target/manifest.tsv";

	private final Generator generator;

	private final ApplicationContext context;

	private final Environment environment;

	GenerateCommand(Generator generator, ApplicationContext context, Environment environment) {
		this.generator = generator;
		this.context = context;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains("generate")) {
			return;
		}
		int code;
		try {
			List<String> raw = List.of(args.getSourceArgs());
			int families = Integer.parseInt(option(raw, "families", null));
			long seed = Long.parseLong(option(raw, "seed", Long.toString(DEFAULT_SEED)));
			Path manifest = Path.of(option(raw, "manifest", DEFAULT_MANIFEST));
			Generator.Settings settings = Generator.Settings.of(families, seed);
			System.out.printf("Generating %d families (seed %d), %d coordinators, %d partners%n", families, seed,
					settings.coordinators(), settings.partners());
			Generator.Result result = generator.generate(settings, new ProgressPrinter(families));
			printSummary(result);
			writeManifest(result, manifest);
			System.out.println("Manifest: " + manifest.toAbsolutePath());
			code = 0;
		}
		catch (RuntimeException | IOException e) {
			System.out.println("Generating failed: " + e.getMessage());
			code = 1;
		}
		int exit = code;
		String url = environment.getProperty("spring.datasource.url", "");
		String user = environment.getProperty("spring.datasource.username", "");
		String password = environment.getProperty("spring.datasource.password", "");
		int status = SpringApplication.exit(context, () -> exit);
		if (status == 0) {
			// once the application has let go of the database: no pool, no scheduled job
			// finds it closed under its hands
			try {
				H2Compaction.compact(url, user, password)
					.ifPresent(took -> System.out.printf("Compacted the H2 file in %.1f s%n", took.toNanos() / 1e9));
			}
			catch (SQLException e) {
				System.out.println("Compacting the H2 file failed: " + e.getMessage());
				status = 1;
			}
		}
		System.exit(status);
	}

	/**
	 * Reads {@code --name value} or {@code --name=value}; the value is required without a
	 * default.
	 */
	static String option(List<String> args, String name, String fallback) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--" + name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		if (fallback == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return fallback;
	}

	private static void printSummary(Generator.Result result) {
		System.out.println("Rows per table:");
		for (Map.Entry<String, Long> table : result.rows().entrySet()) {
			System.out.printf("  %-24s %,12d%n", table.getKey(), table.getValue());
		}
		double seconds = result.elapsedNanos() / 1e9;
		System.out.printf("Total %,d rows for %,d families in %.1f s (%,.0f families/s, %,.0f rows/s)%n",
				result.total(), result.settings().families(), seconds, result.settings().families() / seconds,
				result.total() / seconds);
	}

	static void writeManifest(Generator.Result result, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			line(out, "password", Generator.PASSWORD);
			line(out, "families", Integer.toString(result.settings().families()));
			line(out, "seed", Long.toString(result.settings().seed()));
			for (Generator.Sample sample : result.samples()) {
				line(out, "coordinator", sample.coordinatorEmail(), sample.familyId().toString());
			}
			for (Generator.Sample sample : result.samples()) {
				line(out, "parent", sample.parentEmail(), sample.familyId().toString());
			}
			// the i-th search matches the family of the i-th coordinator (and others of
			// theirs)
			for (Generator.Sample sample : result.samples()) {
				line(out, "search", searchFragment(sample.familyName()));
			}
			line(out, "story-large", result.largeStory().familyId().toString(), result.largeStory().coordinatorEmail());
			if (result.smallStory() != null) {
				line(out, "story-small", result.smallStory().familyId().toString(),
						result.smallStory().coordinatorEmail());
			}
			line(out, "page", "login", "/login");
			line(out, "page", "home", "/");
			line(out, "page", "list", "/families");
			line(out, "page", "search", "/families?q={q}");
			line(out, "page", "overview", "/families/{id}");
			line(out, "page", "story", "/families/{id}/story");
			// pages count from 0: page=1 is the second page of 20 entries
			line(out, "page", "story-page", "/families/{id}/story?page={page}");
			line(out, "page", "plan", "/families/{id}/plan");
			line(out, "page", "demands", "/families/{id}/demands");
			// a parent with one family is sent from / via /families to /families/{id}
			line(out, "page", "parent-home", "/families");
		}
	}

	/** The last word of the family's surname, as someone would type it. */
	static String searchFragment(String familyName) {
		String[] words = familyName.split(" ");
		String last = words[words.length - 1];
		return last.length() > 5 ? last.substring(0, 5) : last;
	}

	private static void line(PrintWriter out, String... fields) {
		out.print(String.join("\t", fields));
		out.print('\n');
	}

	/** Prints a line every 5% of the families. */
	private static final class ProgressPrinter implements java.util.function.Consumer<Generator.Status> {

		private final int families;

		private int nextPercent = 5;

		ProgressPrinter(int families) {
			this.families = families;
		}

		@Override
		public void accept(Generator.Status progress) {
			int percent = (int) (100L * progress.familiesDone() / families);
			if (percent < nextPercent && progress.familiesDone() < families) {
				return;
			}
			while (nextPercent <= percent) {
				nextPercent += 5;
			}
			double seconds = progress.elapsedNanos() / 1e9;
			System.out.printf("%3d%%  %,d/%,d families  %,d rows  %,.0f rows/s  %.0f s%n", percent,
					progress.familiesDone(), families, progress.rows(), progress.rows() / seconds, seconds);
		}

	}

}
