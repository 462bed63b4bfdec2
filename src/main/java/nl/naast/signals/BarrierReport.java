package nl.naast.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.reporting.ReportContribution;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.ReportSection;
import nl.naast.shared.DisplayTime;

/**
 * For the managers' overview: barriers per category over the last twelve months, withheld
 * as on the team's signals page (where the total and the months are shown too), so that
 * the two pages together give no small count away.
 */
@Component
class BarrierReport implements ReportContribution {

	private final SignalRepository signals;

	private final Signals counting;

	private final Clock clock;

	BarrierReport(SignalRepository signals, Signals counting, Clock clock) {
		this.signals = signals;
		this.counting = counting;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportSection> sections() {
		LocalDate from = DisplayTime.today(clock).withDayOfMonth(1).minusMonths(Signals.MONTHS - 1);
		Map<Category, Long> counts = signals.perCategory(from);
		List<ReportRow> shown = counting.counts().perCategory();
		List<ReportRow> rows = new ArrayList<>();
		Category[] categories = Category.values();
		for (int i = 0; i < categories.length; i++) {
			long count = counts.getOrDefault(categories[i], 0L);
			// the real count stays with the row, so that the overview's own suppression
			// reaches the same rows
			rows.add(new ReportRow("signals.category." + categories[i].name(), true, count, shown.get(i).withheld(),
					List.of(String.valueOf(count)), BarrierCounts.BARRIERS, shown.get(i).shielding()));
		}
		return List.of(new ReportSection("reports.barriers.title", "reports.barriers.intro", "signals.field.category",
				List.of("reports.barriers.count"), rows, true));
	}

}
