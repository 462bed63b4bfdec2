package nl.naast.trainings;

import java.util.List;
import java.util.function.Function;

/**
 * The attendee list of a date as CSV for a spreadsheet: UTF-8 with a byte order mark,
 * fields quoted as RFC 4180 says, lines ending in CRLF; a cell that a spreadsheet would
 * run as a formula gets a leading apostrophe.
 */
final class AttendeesCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private AttendeesCsv() {
	}

	static String of(List<Registration> registrations, Function<String, String> text) {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
		line(csv,
				List.of(text.apply("trainings.csv.name"), text.apply("trainings.csv.email"),
						text.apply("trainings.csv.organisation"), text.apply("trainings.csv.role"),
						text.apply("trainings.csv.needs"), text.apply("trainings.csv.status"),
						text.apply("trainings.csv.attended")));
		for (Registration r : registrations) {
			line(csv,
					List.of(nullToEmpty(r.name()), nullToEmpty(r.email()), nullToEmpty(r.organisation()),
							nullToEmpty(r.role()), nullToEmpty(r.needs()),
							text.apply("trainings.registration.status." + r.status().name()),
							text.apply(r.attended() ? "trainings.csv.yes" : "trainings.csv.no")));
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

	/** Quotes every cell; a cell starting like a formula is shown as text. */
	static String quoted(String cell) {
		String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
