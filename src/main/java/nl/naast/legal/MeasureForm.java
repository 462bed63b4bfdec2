package nl.naast.legal;

/** A measure as typed; field names are the form's. */
public record MeasureForm(String child, String kind, String startsOn, String endsOn, String executedOn, String court,
		String reference, String note) {
}
