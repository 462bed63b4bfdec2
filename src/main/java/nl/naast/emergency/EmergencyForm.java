package nl.naast.emergency;

/**
 * The emergency form as typed: the written reason, the password again (step-up) and the
 * duration in minutes. The password is never shown again.
 */
public record EmergencyForm(String reason, String password, String minutes) {

	public EmergencyForm {
		reason = reason == null ? "" : reason;
		password = password == null ? "" : password;
		minutes = minutes == null ? "" : minutes.strip();
	}

	/** The form as shown again: everything but the password. */
	public EmergencyForm withoutPassword() {
		return new EmergencyForm(reason, "", minutes);
	}

}
