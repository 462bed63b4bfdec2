package nl.naast.trainings;

import java.time.Instant;
import java.util.List;

import nl.naast.shared.web.FormErrors;

/** What the pages show. */
public final class Views {

	private Views() {
	}

	/** A session in the catalogue with its next date, or null when none is planned. */
	public record CatalogueEntry(Session session, TrainingDate next) {
	}

	/** A session's public page with its coming dates. */
	public record SessionPage(Session session, List<TrainingDate> dates, Instant now) {

		public boolean open(TrainingDate date) {
			return date.open(now);
		}

	}

	/**
	 * Someone's registration as the cancel link shows it.
	 *
	 * @param cancellable the date has not started yet and it is not cancelled
	 */
	public record RegistrationPage(Registration registration, Session session, TrainingDate date, boolean cancellable) {
	}

	/** A session with all its dates, for management. */
	public record SessionAdmin(Session session, List<TrainingDate> dates) {
	}

	/** One date with its registrations, for management. */
	public record DatePage(Session session, TrainingDate date, List<Registration> registered,
			List<Registration> waiting, List<Registration> cancelled) {
	}

	/**
	 * The answer to a registration: what to fix, the status it got, or "look in your
	 * mail".
	 *
	 * @param status null when there is something to fix, or when the answer is in the
	 * mail
	 * @param seeMail the address was already on the list for this date: the page says
	 * neither "registered" nor "waiting", the mail tells the person which
	 */
	public record Registered(FormErrors errors, RegistrationStatus status, boolean seeMail) {

		public Registered(FormErrors errors, RegistrationStatus status) {
			this(errors, status, false);
		}

		static Registered answeredByMail() {
			return new Registered(FormErrors.none(), null, true);
		}

		/** Whether the form must be shown again with its messages. */
		public boolean refused() {
			return status == null && !seeMail;
		}

		/** The key of the page's answer, e.g. {@code REGISTERED} or {@code SEE_MAIL}. */
		public String answer() {
			return seeMail ? "SEE_MAIL" : status.name();
		}

	}

	/** A saved session or date: its id, or what to fix. */
	public record Saved(FormErrors errors, java.util.UUID id) {
	}

	/** What cancelling did. */
	public enum Cancelled {

		/** cancelled now */
		NOW,
		/** it was already cancelled */
		ALREADY,
		/** the date has started or passed */
		TOO_LATE

	}

}
