package nl.naast.reporting;

import java.util.List;

/**
 * One row of a report table.
 *
 * @param label what the row is about: a coordinator's name, an organisation, or a message
 * key
 * @param labelIsKey whether {@code label} is a message key to translate
 * @param basis how many families (or barriers) the row rests on; 1 to 4 and the row is
 * withheld
 * @param withheld the numbers are not shown, only "fewer than 5"
 * @param values the numbers, as shown, one per column
 */
public record ReportRow(String label, boolean labelIsKey, long basis, boolean withheld, List<String> values) {

	/** A row with one number, which is also its basis: "12 families". */
	public static ReportRow count(String label, boolean labelIsKey, long count) {
		return new ReportRow(label, labelIsKey, count, false, List.of(String.valueOf(count)));
	}

	/** A row its contributor already knows is too small to show. */
	public static ReportRow withheld(String label, boolean labelIsKey) {
		return new ReportRow(label, labelIsKey, 0, true, List.of());
	}

	ReportRow withhold() {
		return new ReportRow(label, labelIsKey, 0, true, List.of());
	}

}
