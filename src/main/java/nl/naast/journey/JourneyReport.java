package nl.naast.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.reporting.ReportContribution;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.ReportSection;
import nl.naast.shared.DisplayTime;

/**
 * For the managers' overview: how parents rate the help per organisation, over the last
 * six months that are over and past correcting. A month of an organisation that fewer
 * than five families rated is withheld, as on the trends page.
 */
@Component
class JourneyReport implements ReportContribution {

	static final int MONTHS = 6;

	private final JourneyRepository journey;

	private final Clock clock;

	JourneyReport(JourneyRepository journey, Clock clock) {
		this.journey = journey;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportSection> sections() {
		LocalDate today = DisplayTime.today(clock);
		LocalDate from = today.withDayOfMonth(1).minusMonths(MONTHS + 1);
		// only the months that can be shown, not every rating ever given
		List<Aggregates.Score> recent = Journeys
			.closedMonths(journey.scoresPerOrganisation(from, today.withDayOfMonth(1)), today);
		List<TrendCell> cells = Aggregates.of(recent);
		LocalDate newest = cells.stream().map(TrendCell::month).max(LocalDate::compareTo).orElse(today);
		List<ReportRow> rows = cells.stream()
			.filter(c -> c.month().isAfter(newest.minusMonths(MONTHS)))
			.map(JourneyReport::row)
			.toList();
		return List
			.of(new ReportSection("reports.feedback.title", "reports.feedback.intro",
					"reports.feedback.organisationMonth", List.of("reports.feedback.families", "journey.question.heard",
							"journey.question.important", "journey.question.fits", "journey.question.helps"),
					rows, false));
	}

	private static ReportRow row(TrendCell c) {
		String label = c.group() + " · " + DisplayTime.month(c.month(), LocaleContextHolder.getLocale());
		if (c.suppressed()) {
			return ReportRow.withheld(label, false);
		}
		return new ReportRow(label, false, c.families(), false,
				List.of(String.valueOf(c.families()), String.valueOf(c.heard()), String.valueOf(c.important()),
						String.valueOf(c.fits()), String.valueOf(c.helps())));
	}

}
