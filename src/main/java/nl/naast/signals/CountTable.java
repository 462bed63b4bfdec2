package nl.naast.signals;

import nl.naast.reporting.BarChart;
import nl.naast.reporting.ReportRow;
import nl.naast.shared.Slice;

/**
 * Counts as a chart of what is shown, and as a table with every row, withheld ones
 * included (one page of it, when long).
 */
public record CountTable(BarChart chart, Slice<ReportRow> rows) {
}
