package nl.naast.shared.mail;

/**
 * A mail did not go out. The message says why in a form fit for logs and administrators:
 * without addresses or content.
 */
public class MailDeliveryException extends RuntimeException {

	public MailDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The reason without anything that looks like an e-mail address. */
	static String withoutAddresses(Throwable e) {
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		text = text.replaceAll("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+", "[address]").replaceAll("\\s+", " ").strip();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
