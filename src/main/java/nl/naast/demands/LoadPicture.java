package nl.naast.demands;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The weekly load per person as server-side SVG bars: one bar per week, its height the
 * hours asked, dark when the week is too much, this week marked. Shapes and numbers only;
 * the table beside it carries the words.
 */
final class LoadPicture {

	private static final int WIDTH = 640;

	private static final int ROW = 90;

	private LoadPicture() {
	}

	static String draw(List<WeekLoad> load, Map<UUID, String> people, LocalDate thisMonday) {
		if (people.isEmpty() || load.isEmpty()) {
			return "";
		}
		int weeks = load.size() / people.size();
		double maxHours = Math.max(12, load.stream().mapToDouble(w -> w.time().toMinutes() / 60.0).max().orElse(12));
		double bar = (WIDTH - 40.0) / weeks;
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"load-picture\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(people.size() * ROW + 10)
			.append("\" role=\"img\" aria-labelledby=\"load-caption\">");
		int row = 0;
		for (UUID person : people.keySet()) {
			int base = (row + 1) * ROW;
			svg.append("<text x=\"2\" y=\"")
				.append(base - ROW + 16)
				.append("\" class=\"load-row\">")
				.append(row + 1)
				.append("</text>");
			svg.append("<line x1=\"30\" y1=\"")
				.append(base)
				.append("\" x2=\"")
				.append(WIDTH)
				.append("\" y2=\"")
				.append(base)
				.append("\" class=\"load-axis\"/>");
			int w = 0;
			for (WeekLoad week : load) {
				if (!week.personId().equals(person)) {
					continue;
				}
				double hours = week.time().toMinutes() / 60.0;
				double height = Math.max(week.demands() > 0 ? 3 : 0, (ROW - 24) * hours / maxHours);
				double x = 36 + w * bar;
				String kind = week.overload() ? "bar-overload" : week.monday().equals(thisMonday) ? "bar-now" : "bar";
				svg.append("<rect x=\"")
					.append(round(x))
					.append("\" y=\"")
					.append(round(base - height))
					.append("\" width=\"")
					.append(round(bar - 4))
					.append("\" height=\"")
					.append(round(height))
					.append("\" class=\"")
					.append(kind)
					.append("\"/>");
				if (week.monday().equals(thisMonday)) {
					svg.append("<line x1=\"")
						.append(round(x - 2))
						.append("\" y1=\"")
						.append(base - ROW + 20)
						.append("\" x2=\"")
						.append(round(x - 2))
						.append("\" y2=\"")
						.append(base)
						.append("\" class=\"load-now\"/>");
				}
				w++;
			}
			row++;
		}
		return svg.append("</svg>").toString();
	}

	private static String round(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

}
