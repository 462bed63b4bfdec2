package nl.naast.legal;

/** A legal event as typed; field names are the form's. */
public record EventForm(String child, String kind, String baseOn, String dueOn, String atTime, String place,
		String lawyer, String whoActs, String whatNeeded) {
}
