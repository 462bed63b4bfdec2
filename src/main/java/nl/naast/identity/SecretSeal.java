package nl.naast.identity;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Seals secrets that Naast must be able to read again (a provider's client secret) with
 * AES-GCM under the configured key, each with its own salt. A copy of the database alone
 * does not give them away.
 */
@Component
class SecretSeal {

	private static final String VERSION = "v1";

	private final String key;

	SecretSeal(OrganisationSignInProperties properties) {
		this.key = properties.secretKey();
	}

	/** Without a configured key nothing is sealed, and no provider can be set up. */
	boolean available() {
		return key != null;
	}

	String seal(String secret) {
		if (key == null) {
			throw new IllegalStateException("No secret key configured");
		}
		String salt = KeyGenerators.string().generateKey();
		return VERSION + ":" + salt + ":" + Encryptors.delux(key, salt).encrypt(secret);
	}

	String open(String sealed) {
		String[] parts = sealed.split(":", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new IllegalStateException("Unknown sealed secret format");
		}
		return Encryptors.delux(key, parts[1]).decrypt(parts[2]);
	}

}
