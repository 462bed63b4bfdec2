package nl.naast.reporting;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by the {@code reporting/barChart} template, one bar
 * per row; the table beside it carries the same numbers in words. Geometry only: the
 * template escapes every label.
 *
 * @param id the HTML id of the chart's title, for {@code aria-labelledby}
 * @param titleKey message key of what the chart shows
 */
public record BarChart(String id, String titleKey, List<Bar> bars) {

	/** Width of the label column, in SVG units. */
	public static final int LABEL_WIDTH = 200;

	/** Longest bar, in SVG units. */
	public static final int BAR_WIDTH = 340;

	public static final int WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

	public static final int ROW = 30;

	/** One bar: what it is about (text or a message key) and how much. */
	public record Bar(String label, boolean labelIsKey, long value) {

		/** Long labels are shortened in the picture; the table shows them whole. */
		public static String shorten(String text) {
			return text.length() <= 26 ? text : text.substring(0, 25) + "…";
		}

	}

	public int height() {
		return Math.max(1, bars.size()) * ROW + 10;
	}

	public int y(int index) {
		return 5 + index * ROW;
	}

	/**
	 * The length of a bar, relative to the largest; at least a sliver when above zero.
	 */
	public int length(Bar bar) {
		long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
		if (max == 0 || bar.value() == 0) {
			return 0;
		}
		return (int) Math.max(2, Math.round((double) bar.value() * BAR_WIDTH / max));
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

}
