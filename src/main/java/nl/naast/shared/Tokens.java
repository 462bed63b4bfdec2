package nl.naast.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * One-time tokens for links in e-mail: 256 random bits, URL-safe. Store only
 * {@link Hashing#sha256Hex}.
 */
public final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	public static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
