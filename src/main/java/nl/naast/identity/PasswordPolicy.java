package nl.naast.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords are judged by length and by not being common or personal, never by character
 * classes: a long sentence is a good password. Any character is allowed; length counts
 * characters as people see them (code points), not bytes.
 * <p>
 * Common means: on the 100,000 most used passwords bundled with nbvcxz or on a short
 * Dutch list, also with spaces left out and with digits or signs before or after it
 * ("Wachtwoord2024!").
 */
public final class PasswordPolicy {

	/** NIST and ASVS ask for at least 8; 12 keeps guessing out of reach without MFA. */
	public static final int MIN_LENGTH = 12;

	/** Long enough for any sentence; bounds the work of hashing. */
	public static final int MAX_LENGTH = 128;

	/** Shorter parts of a name ("de", "Jan") would refuse too many good sentences. */
	private static final int MIN_PERSONAL_PART = 4;

	private PasswordPolicy() {
	}

	/** The message key explaining what is wrong, or empty when the password is fine. */
	public static Optional<String> problem(String password, String email) {
		return problem(password, email, null);
	}

	/**
	 * The message key explaining what is wrong, or empty when the password is fine.
	 * @param email the person's e-mail address, or null
	 * @param name the person's name, or null
	 */
	public static Optional<String> problem(String password, String email, String name) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (personal(lower, email, name)) {
			return Optional.of("password.personal");
		}
		if (lower.codePoints().distinct().count() < 4 || common(lower)) {
			return Optional.of("password.tooCommon");
		}
		return Optional.empty();
	}

	private static boolean common(String lower) {
		String joined = lower.replaceAll("\\s+", "");
		String core = joined.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return Common.LIST.contains(lower) || Common.LIST.contains(joined) || Common.LIST.contains(core);
	}

	private static boolean personal(String lower, String email, String name) {
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			String local = address.split("@", 2)[0];
			if (lower.contains(address) || containsPart(lower, local)) {
				return true;
			}
			for (String part : local.split("[._+-]+")) {
				if (containsPart(lower, part)) {
					return true;
				}
			}
		}
		if (name != null) {
			for (String part : name.toLowerCase(Locale.ROOT).split("[\\s'.-]+")) {
				if (containsPart(lower, part)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean containsPart(String lower, String part) {
		return part.codePointCount(0, part.length()) >= MIN_PERSONAL_PART && lower.contains(part);
	}

	/** Loaded on first use: about 100,000 entries. */
	private static final class Common {

		static final Set<String> LIST = load();

		private static Set<String> load() {
			Set<String> words = new HashSet<>(150_000);
			read("/dictionaries/passwords.txt", words);
			read("/identity/common-passwords-nl.txt", words);
			return Set.copyOf(words);
		}

		private static void read(String resource, Set<String> into) {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing list of common passwords: " + resource);
				}
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				lines.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.forEach(into::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

}
