package nl.naast.meetings;

/** The small forms on a meeting's page, as typed. */
public final class Forms {

	private Forms() {
	}

	/** What the parent wants to bring in. */
	public record PreparationForm(String say, String ask, String worries, String wish, String safe) {
	}

	/** What the coordinator tells the family to expect, and what to bring. */
	public record GuidanceForm(String expect, String bring) {
	}

	/**
	 * The plain summary.
	 *
	 * @param nothingAgreed "true" when nothing was agreed: then no next step is needed
	 */
	public record SummaryForm(String said, String decided, String means, String next, String nothingAgreed) {

		boolean isNothingAgreed() {
			return "true".equals(nothingAgreed);
		}

	}

	/** An agreement: what, who does it, by when. */
	public record AgreementForm(String what, String owner, String dueOn) {
	}

	/** A parent's own account. */
	public record OwnAccountForm(String howItWas, String whatHeard) {
	}

}
