package nl.naast.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in beyond a password.
 *
 * @param mfaRequiredForProfessionals professionals (everyone but parents and young
 * people) need a second factor: a passkey, or a code by e-mail after their password
 * @param passkeys where passkeys are valid
 * @param codeValidity how long an e-mailed sign-in code works
 * @param codeAttempts wrong tries before a code stops working
 * @param codeFailures wrong codes per account, over all its codes, before the code step
 * is refused for the rest of {@code codeFailureWindow}
 * @param codeFailureWindow the window over which wrong codes are counted
 * @param codesPerWindow codes that may be sent to one account within
 * {@code codeIssueWindow}
 * @param codeIssueWindow the window over which sent codes are counted
 */
@ConfigurationProperties("naast.security")
record SignInProperties(boolean mfaRequiredForProfessionals, Passkeys passkeys, Duration codeValidity, int codeAttempts,
		int codeFailures, Duration codeFailureWindow, int codesPerWindow, Duration codeIssueWindow) {

	SignInProperties {
		passkeys = passkeys == null ? new Passkeys(null, null, null) : passkeys;
		codeValidity = codeValidity == null ? Duration.ofMinutes(10) : codeValidity;
		codeAttempts = codeAttempts <= 0 ? 5 : codeAttempts;
		codeFailures = codeFailures <= 0 ? 10 : codeFailures;
		codeFailureWindow = codeFailureWindow == null ? Duration.ofHours(24) : codeFailureWindow;
		codesPerWindow = codesPerWindow <= 0 ? 3 : codesPerWindow;
		codeIssueWindow = codeIssueWindow == null ? Duration.ofMinutes(15) : codeIssueWindow;
	}

	/**
	 * @param rpId the relying party id: the host name people see in the address bar
	 * @param rpName the name a browser shows when it asks for the passkey
	 * @param origins the exact origins (scheme, host, port) pages are served from
	 */
	record Passkeys(String rpId, String rpName, List<String> origins) {

		Passkeys {
			rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId;
			rpName = rpName == null || rpName.isBlank() ? "Naast" : rpName;
			origins = origins == null || origins.isEmpty() ? List.of("http://localhost:8080") : List.copyOf(origins);
		}
	}

}
