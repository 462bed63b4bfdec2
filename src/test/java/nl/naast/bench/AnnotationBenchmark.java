package nl.naast.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.naast.language.Glossary;
import nl.naast.language.GlossaryTerm;

/**
 * How long explaining the jargon in a 5,000-word letter takes, with the real glossary. A
 * benchmark, not a test: run it after {@code ./mvnw test-compile}; it warms up, then
 * prints percentiles.
 */
public final class AnnotationBenchmark {

	private AnnotationBenchmark() {
	}

	private static List<String> split(String value) {
		return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
	}

	public static void main(String[] args) throws IOException {
		int words = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		String sql = Files.readString(Path.of("src/main/resources/db/migration/language/V18__glossary_terms.sql"),
				StandardCharsets.UTF_8);
		List<GlossaryTerm> terms = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		// one INSERT per term, columns in the table's order: slug, term, abbreviations,
		// synonyms, plain_nl, plain_en, related
		Matcher row = Pattern.compile("VALUES\\s*\\((.*?)\\);\\s*$", Pattern.MULTILINE | Pattern.DOTALL).matcher(sql);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("'((?:[^']|'')*)'|NULL").matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1) == null ? null : cell.group(1).replace("''", "'"));
			}
			terms.add(new GlossaryTerm(cells.get(0), cells.get(1), split(cells.get(2)), split(cells.get(3)),
					cells.get(4), cells.get(5), split(cells.get(6)), 0, "Naast", Instant.EPOCH));
			phrases.add(cells.get(1));
			phrases.addAll(split(cells.get(2)));
			phrases.addAll(split(cells.get(3)));
		}
		List<String> common = Files.readAllLines(Path.of("src/main/resources/language/common-nl.txt"));
		Random random = new Random(2026);
		StringBuilder letter = new StringBuilder();
		for (int i = 0; i < words; i++) {
			letter.append(random.nextInt(20) == 0 ? phrases.get(random.nextInt(phrases.size()))
					: common.get(random.nextInt(common.size())));
			letter.append(random.nextInt(12) == 0 ? ". " : " ");
		}
		Glossary.Explainer bench = Glossary.explainer(terms);
		String text = letter.toString();
		for (int i = 0; i < 200; i++) {
			bench.explain(text, Locale.forLanguageTag("nl"));
		}
		long[] times = new long[500];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			bench.explain(text, Locale.forLanguageTag("nl"));
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		System.out.printf("%d words, %d glossary phrases: explain p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", words,
				phrases.size(), times[250] / 1e6, times[450] / 1e6, times[495] / 1e6);
	}

}
