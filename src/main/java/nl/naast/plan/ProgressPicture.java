package nl.naast.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.naast.shared.DisplayTime;

/**
 * Draws each goal's path over time as server-side SVG: a line from when the goal was set
 * until today, and a dot at each change, coloured by where the goal stood. The picture
 * holds only shapes and numbers; the words are in the table beside it, which is also its
 * text alternative.
 */
final class ProgressPicture {

	private static final int WIDTH = 640;

	private static final int ROW = 36;

	private static final int LEFT = 40;

	private static final int RIGHT = 16;

	private ProgressPicture() {
	}

	static String draw(List<Goal> goals, Map<UUID, List<PlanChange>> history, LocalDate today, String labelId) {
		if (goals.isEmpty()) {
			return "";
		}
		LocalDate start = goals.stream()
			.map(g -> day(g.createdAt()))
			.min(LocalDate::compareTo)
			.orElse(today)
			.minusDays(1);
		long span = Math.max(1, ChronoUnit.DAYS.between(start, today));
		int height = goals.size() * ROW + 16;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"progress-picture\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(labelId)
			.append("\">");
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			int y = 20 + i * ROW;
			double x0 = x(day(goal.createdAt()), start, span);
			svg.append("<text x=\"4\" y=\"")
				.append(y + 5)
				.append("\" class=\"goal-number\">")
				.append(i + 1)
				.append("</text>");
			svg.append("<line x1=\"")
				.append(fmt(x0))
				.append("\" y1=\"")
				.append(y)
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y2=\"")
				.append(y)
				.append("\" class=\"goal-line\"/>");
			svg.append(dot(x0, y, Progress.OPEN));
			for (PlanChange change : history.getOrDefault(goal.id(), List.of())) {
				if (change.stepId() == null) {
					svg.append(dot(x(day(change.at()), start, span), y, change.newStatus()));
				}
			}
		}
		return svg.append("</svg>").toString();
	}

	private static String dot(double x, int y, Progress status) {
		return "<circle cx=\"" + fmt(x) + "\" cy=\"" + y + "\" r=\"7\" class=\"dot dot-" + status.name() + "\"/>";
	}

	private static double x(LocalDate day, LocalDate start, long span) {
		return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(start, day) / span;
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(DisplayTime.ZONE).toLocalDate();
	}

	private static String fmt(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

}
