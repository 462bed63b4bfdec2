package nl.naast.signals;

/**
 * A barrier as typed. Field names are the form's.
 *
 * @param occurredOn when it happened; empty is today
 * @param family the id of the linked family, or empty
 */
public record BarrierForm(String happened, String organisations, String rule, String category, String impact,
		String suggestion, String occurredOn, String family) {

	public static BarrierForm empty() {
		return new BarrierForm("", "", "", "", "", "", "", "");
	}

}
