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
 * @param withheld the numbers are not shown
 * @param values the numbers, as shown, one per column
 * @param total the key of the total that this row's basis adds up to with the other rows
 * of its section with the same key (see {@link Suppression}), or null when it adds up to
 * nothing anybody knows
 * @param shielding withheld though not small itself, so that a small row of its group
 * cannot be worked out by subtraction
 */
public record ReportRow(String label, boolean labelIsKey, long basis, boolean withheld, List<String> values,
		String total, boolean shielding) {

	public ReportRow(String label, boolean labelIsKey, long basis, boolean withheld, List<String> values) {
		this(label, labelIsKey, basis, withheld, values, null, false);
	}

	/** A row with one number, which is also its basis: "12 families". */
	public static ReportRow count(String label, boolean labelIsKey, long count) {
		return new ReportRow(label, labelIsKey, count, false, List.of(String.valueOf(count)));
	}

	/** A row its contributor already knows is too small to show. */
	public static ReportRow withheld(String label, boolean labelIsKey) {
		return new ReportRow(label, labelIsKey, 0, true, List.of());
	}

	/** This row, as a part of the total with this key. */
	public ReportRow partOf(String totalKey) {
		return new ReportRow(label, labelIsKey, basis, withheld, values, totalKey, shielding);
	}

	/** This row without its numbers. */
	public ReportRow withhold(boolean shields) {
		return new ReportRow(label, labelIsKey, 0, true, List.of(), total, shields);
	}

}
