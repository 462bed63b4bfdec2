package nl.naast.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.reporting.ReportContribution;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.ReportSection;
import nl.naast.shared.DisplayTime;

/** For the managers' overview: barriers per category over the last twelve months. */
@Component
class BarrierReport implements ReportContribution {

	private final SignalRepository signals;

	private final Clock clock;

	BarrierReport(SignalRepository signals, Clock clock) {
		this.signals = signals;
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
		return List.of(new ReportSection("reports.barriers.title", "reports.barriers.intro", "signals.field.category",
				List.of("reports.barriers.count"),
				Arrays.stream(Category.values())
					.map(c -> ReportRow.count("signals.category." + c.name(), true, counts.getOrDefault(c, 0L)))
					.toList(),
				true));
	}

}
