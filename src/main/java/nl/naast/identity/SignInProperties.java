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
 */
@ConfigurationProperties("naast.security")
record SignInProperties(boolean mfaRequiredForProfessionals, Passkeys passkeys, Duration codeValidity,
		int codeAttempts) {

	SignInProperties {
		passkeys = passkeys == null ? new Passkeys(null, null, null) : passkeys;
		codeValidity = codeValidity == null ? Duration.ofMinutes(10) : codeValidity;
		codeAttempts = codeAttempts <= 0 ? 5 : codeAttempts;
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
