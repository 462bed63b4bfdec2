package nl.naast.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.util.UriComponentsBuilder;

import nl.naast.shared.DisplayTime;

/**
 * What every page needs besides its own data: language, the CSRF token, the CSP nonce,
 * who is signed in. Added to every model by {@link PageContextAdvice}; every template
 * takes it as {@code ctx}.
 */
public record PageContext(Locale locale, String csrfParameter, java.util.function.Supplier<String> csrfTokenSource,
		String nonce, String userName, Set<String> roles, String path, String query, MessageSource messages,
		PlainLanguage plainLanguage, java.util.function.IntSupplier unreadNotifications) {

	/**
	 * The CSRF token, made (with the session that keeps it) only when a page renders a
	 * form: a health probe or a JSON answer opens no session.
	 */
	public String csrfToken() {
		return csrfTokenSource.get();
	}

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

	/**
	 * A text from the message bundles; a missing key shows itself instead of breaking the
	 * page.
	 */
	public String t(String key, Object... args) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException e) {
			return key;
		}
	}

	/**
	 * A text someone wrote, escaped, with its jargon explained in place: for every text a
	 * family reads.
	 */
	public gg.jte.Content explained(String text) {
		String html = plainLanguage.explain(text, locale);
		return output -> output.writeContent(html);
	}

	/** The header htmx sends the CSRF token in. */
	public String csrfHeader() {
		return "X-CSRF-TOKEN";
	}

	public String lang() {
		return locale.getLanguage();
	}

	public String dir() {
		return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
	}

	public boolean signedIn() {
		return userName != null;
	}

	/**
	 * How many notifications the signed-in person has not read; counted once, when the
	 * page first asks.
	 */
	public int unread() {
		return unreadNotifications.getAsInt();
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean isProfessional() {
		return hasRole("COORDINATOR") || hasRole("PARTNER");
	}

	public boolean isFamilyMember() {
		return hasRole("PARENT") || hasRole("YOUTH");
	}

	/** The current page in another language, keeping its other query parameters. */
	public String languageUrl(String language) {
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.encode()
			.toUriString();
	}

	public String dateTime(Instant instant) {
		return DisplayTime.dateTime(instant, locale);
	}

	/** The time of day, e.g. 09:30, in Amsterdam time. */
	public String time(Instant instant) {
		return instant == null ? ""
				: java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(DisplayTime.ZONE));
	}

	/** The day of a moment, in Amsterdam time. */
	public String day(Instant instant) {
		return instant == null ? "" : date(instant.atZone(DisplayTime.ZONE).toLocalDate());
	}

	public String date(LocalDate date) {
		return DisplayTime.date(date, locale);
	}

	/** A month, e.g. "november 2026". */
	public String month(LocalDate date) {
		return DisplayTime.month(date, locale);
	}

	/** A day with its weekday, e.g. "dinsdag 8 december 2026". */
	public String weekday(LocalDate date) {
		return DisplayTime.day(date, locale);
	}
}
