package nl.naast.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * How an audit record says that it was made under the emergency procedure (noodprocedure,
 * "break the glass"): its reason starts with {@link #PREFIX} and the id of the emergency
 * access, so the hash chain covers the flag and every read links to the access it was
 * made under (NEN 7513: "emergency procedure used"; HL7 PurposeOfUse ETREAT).
 */
public final class EmergencyPurpose {

	public static final String PREFIX = "EMERGENCY btg=";

	private EmergencyPurpose() {
	}

	/** The reason for a record made under this emergency access. */
	public static String tag(UUID emergencyId, String text) {
		return PREFIX + emergencyId + "; " + text;
	}

	/** Whether a record's reason marks it as made under the emergency procedure. */
	public static boolean marks(String reason) {
		return reason != null && reason.startsWith(PREFIX);
	}

	/** The emergency access a record was made under, if any. */
	public static Optional<UUID> emergencyOf(String reason) {
		if (!marks(reason) || reason.length() < PREFIX.length() + 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(reason.substring(PREFIX.length(), PREFIX.length() + 36)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
