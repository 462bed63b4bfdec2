package nl.naast.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.springframework.web.util.HtmlUtils;

import nl.naast.journey.Parts.Entry;
import nl.naast.journey.Parts.Kind;
import nl.naast.journey.Parts.Milestone;
import nl.naast.journey.Parts.Mood;

/**
 * Draws a family's months: how they said they were doing (a line, 0 to 10), setbacks
 * below the line and breakthroughs above it, goals reached and adjusted, and meetings.
 * Recovery shows as what it is: not a straight line. Shapes differ as well as colours, so
 * it reads in grey; the same numbers stand in a table beside it.
 */
public final class JourneyPicture {

	static final int MONTHS = 12;

	private static final int WIDTH = 720;

	private static final int HEIGHT = 300;

	private static final int LEFT = 40;

	private static final int TOP = 30;

	private static final int PLOT = 200;

	private JourneyPicture() {
	}

	/** One month of the journey, as the picture and its table show it. */
	public record Month(LocalDate first, Double mood, int setbacks, int breakthroughs, int goalsReached,
			int goalsAdjusted, int meetings) {
	}

	static List<Month> months(LocalDate thisMonth, List<Entry> entries, List<Mood> moods, List<Milestone> milestones,
			List<LocalDate> meetings, ZoneId zone) {
		List<Month> months = new ArrayList<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			LocalDate first = thisMonth.minusMonths(i);
			LocalDate next = first.plusMonths(1);
			OptionalDouble mood = moods.stream().filter(m -> m.month().equals(first)).mapToInt(Mood::score).average();
			months.add(new Month(first, mood.isPresent() ? Math.round(mood.getAsDouble() * 10) / 10.0 : null,
					count(entries, Kind.SETBACK, first, next), count(entries, Kind.BREAKTHROUGH, first, next),
					(int) milestones.stream()
						.filter(m -> m.kind().equals("GOAL_REACHED")
								&& in(m.at().atZone(zone).toLocalDate(), first, next))
						.count(),
					(int) milestones.stream()
						.filter(m -> m.kind().equals("GOAL_ADJUSTED")
								&& in(m.at().atZone(zone).toLocalDate(), first, next))
						.count(),
					(int) meetings.stream().filter(d -> in(d, first, next)).count()));
		}
		return months;
	}

	private static int count(List<Entry> entries, Kind kind, LocalDate from, LocalDate until) {
		return (int) entries.stream().filter(e -> e.kind() == kind && in(e.happenedOn(), from, until)).count();
	}

	private static boolean in(LocalDate day, LocalDate from, LocalDate until) {
		return !day.isBefore(from) && day.isBefore(until);
	}

	static String draw(List<Month> months, Locale locale, String title, String captionId) {
		double step = (WIDTH - LEFT - 20) / (double) months.size();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"journey-picture\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"journey-picture-title ")
			.append(captionId)
			.append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"journey-picture-title\">")
			.append(HtmlUtils.htmlEscape(title))
			.append("</title>");
		// the scale: 0, 5 and 10
		for (int v : new int[] { 0, 5, 10 }) {
			double y = y(v);
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" y1=\"")
				.append(r(y))
				.append("\" x2=\"")
				.append(WIDTH - 20)
				.append("\" y2=\"")
				.append(r(y))
				.append("\" stroke=\"#d6d1c4\" stroke-width=\"1\"/><text x=\"")
				.append(LEFT - 8)
				.append("\" y=\"")
				.append(r(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#4a4a4a\">")
				.append(v)
				.append("</text>");
		}
		DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM", locale);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			Month m = months.get(i);
			double x = LEFT + step * i + step / 2;
			svg.append("<text x=\"")
				.append(r(x))
				.append("\" y=\"")
				.append(TOP + PLOT + 56)
				.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#4a4a4a\">")
				.append(HtmlUtils.htmlEscape(label.format(m.first())))
				.append("</text>");
			if (m.mood() != null) {
				line.append(line.isEmpty() ? "M" : " L").append(r(x)).append(',').append(r(y(m.mood())));
				svg.append("<circle cx=\"")
					.append(r(x))
					.append("\" cy=\"")
					.append(r(y(m.mood())))
					.append("\" r=\"5\" fill=\"#0e5e5c\"/>");
			}
			for (int k = 0; k < m.breakthroughs(); k++) {
				double top = TOP - 4 + k * 12;
				svg.append("<path d=\"M")
					.append(r(x - 7))
					.append(',')
					.append(r(top + 10))
					.append(" L")
					.append(r(x))
					.append(',')
					.append(r(top))
					.append(" L")
					.append(r(x + 7))
					.append(',')
					.append(r(top + 10))
					.append(" Z\" fill=\"#1e6b3a\"/>");
			}
			for (int k = 0; k < m.setbacks(); k++) {
				double top = TOP + PLOT + 6 + k * 12;
				svg.append("<path d=\"M")
					.append(r(x - 7))
					.append(',')
					.append(r(top))
					.append(" L")
					.append(r(x))
					.append(',')
					.append(r(top + 10))
					.append(" L")
					.append(r(x + 7))
					.append(',')
					.append(r(top))
					.append(" Z\" fill=\"#b3261e\"/>");
			}
			for (int k = 0; k < m.goalsReached(); k++) {
				svg.append("<circle cx=\"")
					.append(r(x - 12 + k * 8))
					.append("\" cy=\"")
					.append(TOP + PLOT + 38)
					.append("\" r=\"4\" fill=\"#1e6b3a\" stroke=\"#1e6b3a\"/>");
			}
			for (int k = 0; k < m.goalsAdjusted(); k++) {
				double cx = x + 6 + k * 8;
				svg.append("<path d=\"M")
					.append(r(cx))
					.append(',')
					.append(TOP + PLOT + 33)
					.append(" L")
					.append(r(cx + 5))
					.append(',')
					.append(TOP + PLOT + 38)
					.append(" L")
					.append(r(cx))
					.append(',')
					.append(TOP + PLOT + 43)
					.append(" L")
					.append(r(cx - 5))
					.append(',')
					.append(TOP + PLOT + 38)
					.append(" Z\" fill=\"#9a4f00\"/>");
			}
			if (m.meetings() > 0) {
				svg.append("<rect x=\"")
					.append(r(x - 3))
					.append("\" y=\"")
					.append(TOP + PLOT + 22)
					.append("\" width=\"6\" height=\"")
					.append(Math.min(12, 3 * m.meetings()))
					.append("\" fill=\"#3b3b3b\"/>");
			}
		}
		if (!line.isEmpty()) {
			svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#0e5e5c\" stroke-width=\"3\"/>");
		}
		return svg.append("</svg>").toString();
	}

	private static double y(double mood) {
		return TOP + PLOT - mood / 10.0 * PLOT;
	}

	private static String r(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

}
