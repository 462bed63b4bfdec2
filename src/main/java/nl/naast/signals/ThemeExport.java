package nl.naast.signals;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Themes as files for policy work, in CSV (for a spreadsheet) and JSON. They carry what
 * happened and what would help, by month: never a family, an author or a day.
 */
final class ThemeExport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	/** Lets Excel read the file as UTF-8. */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	static final List<String> COLUMNS = List.of("theme", "description", "action", "barriers", "month", "category",
			"organisations", "rule", "happened", "impact", "suggestion");

	private ThemeExport() {
	}

	record ExportedTheme(String title, String description, String actionTaken, int barrierCount,
			List<ExportedBarrier> barriers) {
	}

	/**
	 * @param month year and month, e.g. 2026-10
	 * @param category the category's name, e.g. MONEY_AND_DEBTS
	 */
	record ExportedBarrier(String month, String category, List<String> organisations, String rule, String happened,
			String impact, String suggestion) {
	}

	static ExportedTheme of(Theme theme, List<Barrier> barriers) {
		return new ExportedTheme(theme.title(), theme.description(), theme.action(), barriers.size(),
				barriers.stream()
					.map(b -> new ExportedBarrier(b.occurredOn().format(MONTH), b.category().name(),
							Arrays.stream(nullToEmpty(b.organisations()).split(","))
								.map(String::strip)
								.filter(s -> !s.isEmpty())
								.toList(),
							b.rule(), b.happened(), b.impact(), b.suggestion()))
					.toList());
	}

	static String json(List<ExportedTheme> themes) {
		return JSON.writeValueAsString(new Export(themes));
	}

	private record Export(List<ExportedTheme> themes) {
	}

	/**
	 * One line per barrier, with its theme's columns repeated; a theme without barriers
	 * gets one line of its own. Quoted as RFC 4180 says, lines end in CRLF.
	 * @param text the text of a message key, in the reader's language
	 */
	static String csv(List<ExportedTheme> themes, Function<String, String> text) {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
		line(csv, COLUMNS.stream().map(c -> text.apply("signals.export." + c)).toList());
		for (ExportedTheme t : themes) {
			List<String> theme = List.of(t.title(), nullToEmpty(t.description()), nullToEmpty(t.actionTaken()),
					String.valueOf(t.barrierCount()));
			if (t.barriers().isEmpty()) {
				List<String> cells = new ArrayList<>(theme);
				cells.addAll(List.of("", "", "", "", "", "", ""));
				line(csv, cells);
			}
			for (ExportedBarrier b : t.barriers()) {
				List<String> cells = new ArrayList<>(theme);
				cells.addAll(List.of(b.month(), text.apply("signals.category." + b.category()),
						String.join(", ", b.organisations()), nullToEmpty(b.rule()), b.happened(), b.impact(),
						nullToEmpty(b.suggestion())));
				line(csv, cells);
			}
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * Quotes a cell when it needs it, doubling quotes inside. A cell that starts like a
	 * formula gets a leading apostrophe, so a spreadsheet shows it instead of running it.
	 */
	static String quoted(String cell) {
		String value = cell;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				|| value.contains(";") || !value.equals(cell)) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
