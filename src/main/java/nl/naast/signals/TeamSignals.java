package nl.naast.signals;

import java.time.LocalDate;
import java.util.List;

import nl.naast.reporting.BarChart;
import nl.naast.shared.Slice;

/**
 * What team managers see: counts by category, organisation and month since {@code from},
 * every barrier without a family or author, and the themes.
 */
public record TeamSignals(BarChart perCategory, BarChart perOrganisation, BarChart perMonth, LocalDate from, long total,
		Slice<Barrier> barriers, List<Theme> themes) {
}
