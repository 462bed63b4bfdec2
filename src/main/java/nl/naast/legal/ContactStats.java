package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.naast.legal.ContactMoment.CancelledBy;

/**
 * Facts about contact over a period that a family and its lawyer can use: "of 26 planned
 * visits, 9 were cancelled, 7 of them by the agency".
 *
 * @param planned every moment planned in the period, whatever happened (not those removed
 * as entered by mistake)
 * @param toCome planned and still ahead
 * @param unrecorded past, but nobody said yet how it went
 * @param minutesMissed minutes lost to cancellations and shortened visits
 */
public record ContactStats(LocalDate from, LocalDate to, int planned, int happened, int shortened, int cancelled,
		Map<CancelledBy, Integer> cancelledBy, int toCome, int unrecorded, int minutesMissed) {

	/** The totals of the moments that were not removed as entered by mistake. */
	public static ContactStats of(List<ContactMoment> all, LocalDate from, LocalDate to, Instant now) {
		List<ContactMoment> moments = all.stream().filter(m -> !m.removed()).toList();
		int happened = 0;
		int shortened = 0;
		int cancelled = 0;
		int toCome = 0;
		int unrecorded = 0;
		int missed = 0;
		Map<CancelledBy, Integer> by = new EnumMap<>(CancelledBy.class);
		for (ContactMoment m : moments) {
			switch (m.outcome()) {
				case HAPPENED -> happened++;
				case SHORTENED -> {
					shortened++;
					missed += Math.max(0, m.minutes() - (m.actualMinutes() == null ? 0 : m.actualMinutes()));
				}
				case CANCELLED -> {
					cancelled++;
					missed += m.minutes();
					by.merge(m.cancelledBy() == null ? CancelledBy.OTHER : m.cancelledBy(), 1, Integer::sum);
				}
				case PLANNED -> {
					if (m.unrecorded(now)) {
						unrecorded++;
					}
					else {
						toCome++;
					}
				}
			}
		}
		return new ContactStats(from, to, moments.size(), happened, shortened, cancelled, by, toCome, unrecorded,
				missed);
	}

	/** Who cancelled most, for the headline; null when nothing was cancelled. */
	public CancelledBy mostCancelledBy() {
		return cancelledBy.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

}
