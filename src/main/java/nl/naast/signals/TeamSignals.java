package nl.naast.signals;

import java.time.LocalDate;
import java.util.List;

import nl.naast.shared.Slice;

/**
 * What team managers see: counts by category, organisation and month since {@code from},
 * every barrier without a family or author, and the themes.
 *
 * @param total how many barriers since {@code from}, or null when that would let a
 * withheld count be worked out
 */
public record TeamSignals(CountTable perCategory, CountTable perOrganisation, CountTable perMonth, LocalDate from,
		Long total, Slice<Barrier> barriers, List<Theme> themes) {
}
