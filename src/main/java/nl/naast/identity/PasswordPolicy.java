package nl.naast.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords are judged by length and by not being common, never by character classes: a
 * long sentence is a good password.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("wachtwoord123", "wachtwoord1234", "password1234", "password12345",
			"123456789012", "qwertyuiop12", "welkom123456", "naastnaast12", "abcdefghijkl", "111111111111",
			"000000000000", "iloveyou1234", "letmein12345", "wachtwoord!!");

	private PasswordPolicy() {
	}

	/** The message key explaining what is wrong, or empty when the password is fine. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4
				|| (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("password.tooCommon");
		}
		return Optional.empty();
	}

}
