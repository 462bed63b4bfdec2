package nl.naast.trainings;

/** What the forms send, as typed. */
public final class Forms {

	private Forms() {
	}

	/**
	 * A visitor registers for a date.
	 *
	 * @param honeypot the honeypot: people never see it, so only robots fill it in
	 */
	public record RegistrationForm(String name, String email, String organisation, String role, String needs,
			String honeypot) {
	}

	/** A school or organisation asks for a session made to measure. */
	public record RequestForm(String kind, String institution, String name, String email, String organisation,
			String topic, String preferred, String participants, String budget, String question, String honeypot) {
	}

	/** A session as administrators and trainers edit it; audience as chosen codes. */
	public record SessionForm(String titleNl, String titleEn, String summaryNl, String summaryEn, String descriptionNl,
			String descriptionEn, String themesNl, String themesEn, java.util.List<String> audience, String format,
			String durationMinutes, String groupMin, String groupMax, String language, String price, String published) {
	}

	/**
	 * A date: the day, start and end time, where, how many places and the last day to
	 * register.
	 */
	public record DateForm(String day, String start, String end, String place, String onlineUrl, String capacity,
			String registrationUntil) {
	}

}
