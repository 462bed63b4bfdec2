package nl.naast.reporting;

import java.util.List;

/**
 * One table on the managers' overview.
 *
 * @param titleKey message key of the heading (and the table's caption)
 * @param introKey message key of the sentence under the heading
 * @param labelKey message key of the first column's heading
 * @param columnKeys message keys of the other columns' headings, one per value
 * @param chart whether a bar chart of each row's basis stands beside the table
 */
public record ReportSection(String titleKey, String introKey, String labelKey, List<String> columnKeys,
		List<ReportRow> rows, boolean chart) {

	/** The anchor of this section on the page, from its title key. */
	public String id() {
		return titleKey.replaceAll("[^A-Za-z0-9]+", "-");
	}

	/** The rows that are shown with their numbers, as bars. */
	public BarChart bars() {
		return new BarChart(id() + "-chart", titleKey,
				rows.stream()
					.filter(r -> !r.withheld())
					.map(r -> new BarChart.Bar(r.label(), r.labelIsKey(), r.basis()))
					.toList());
	}

}
