package nl.naast.identity.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.naast.identity.OrganisationSignIn;
import nl.naast.shared.web.FormErrors;

/** An organisation's identity provider settings as typed by an administrator. */
public record SignInSettingsForm(String issuerUri, String clientId, String clientSecret, String emailDomains,
		Boolean secondStepAtProvider, Boolean enabled, Integer version) {

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

	/** Plain http only for a provider on this machine, as when trying things out. */
	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	public SignInSettingsForm {
		issuerUri = issuerUri == null ? "" : issuerUri.strip();
		clientId = clientId == null ? "" : clientId.strip();
		clientSecret = clientSecret == null ? "" : clientSecret;
		emailDomains = emailDomains == null ? "" : emailDomains;
		// an unticked box is not sent at all
		secondStepAtProvider = Boolean.TRUE.equals(secondStepAtProvider);
		enabled = Boolean.TRUE.equals(enabled);
	}

	static SignInSettingsForm of(OrganisationSignIn settings) {
		return new SignInSettingsForm(settings.issuerUri(), settings.clientId(), "",
				String.join(", ", settings.emailDomains()), settings.secondStepAtProvider(), settings.enabled(),
				settings.version());
	}

	static SignInSettingsForm blank() {
		return new SignInSettingsForm("", "", "", "", false, false, null);
	}

	List<String> domains() {
		return Arrays.stream(emailDomains.toLowerCase(Locale.ROOT).split("[,;\\s]+"))
			.map(d -> d.startsWith("@") ? d.substring(1) : d)
			.filter(d -> !d.isBlank())
			.distinct()
			.toList();
	}

	OrganisationSignIn.Settings settings() {
		return new OrganisationSignIn.Settings(issuerUri, clientId, domains(), secondStepAtProvider, enabled);
	}

	/** Checks the form; {@code secretStored} allows the secret to stay blank. */
	FormErrors validate(boolean secretStored) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("admin.signIn." + field));
		if (issuerUri.isEmpty()) {
			errors.add("issuerUri", "validation.required");
		}
		else if (issuerUri.length() > 500) {
			errors.add("issuerUri", "validation.tooLong", 500);
		}
		else if (!acceptableIssuer(issuerUri)) {
			errors.add("issuerUri", "admin.signIn.issuerInvalid");
		}
		if (clientId.isEmpty()) {
			errors.add("clientId", "validation.required");
		}
		else if (clientId.length() > 200) {
			errors.add("clientId", "validation.tooLong", 200);
		}
		if (clientSecret.isBlank() && !secretStored) {
			errors.add("clientSecret", "validation.required");
		}
		else if (clientSecret.length() > 500) {
			errors.add("clientSecret", "validation.tooLong", 500);
		}
		List<String> domains = domains();
		if (domains.isEmpty()) {
			errors.add("emailDomains", "validation.required");
		}
		else if (domains.size() > 20 || emailDomains.length() > 1000) {
			errors.add("emailDomains", "admin.signIn.tooManyDomains", 20);
		}
		else if (domains.stream().anyMatch(d -> !DOMAIN.matcher(d).matches())) {
			errors.add("emailDomains", "admin.signIn.domainInvalid");
		}
		return errors;
	}

	static boolean acceptableIssuer(String value) {
		try {
			URI uri = new URI(value);
			if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				return false;
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && LOCAL_HOSTS.contains(host));
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

}
