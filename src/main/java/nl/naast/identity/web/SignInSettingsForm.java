package nl.naast.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.naast.identity.OrganisationSignIn;
import nl.naast.identity.OrganisationSignIns;
import nl.naast.shared.web.FormErrors;

/** An organisation's identity provider settings as typed by an administrator. */
public record SignInSettingsForm(String issuerUri, String clientId, String clientSecret, String emailDomains,
		String secondStepAtProvider, String addressesKeptByProvider, String enabled, String version) {

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

	public SignInSettingsForm {
		issuerUri = issuerUri == null ? "" : issuerUri.strip();
		clientId = clientId == null ? "" : clientId.strip();
		clientSecret = clientSecret == null ? "" : clientSecret;
		emailDomains = emailDomains == null ? "" : emailDomains;
		// an unticked box is not sent at all; text, so that odd input is never a binding
		// error
		secondStepAtProvider = ticked(secondStepAtProvider);
		addressesKeptByProvider = ticked(addressesKeptByProvider);
		enabled = ticked(enabled);
		version = version == null ? "" : version.strip();
	}

	static SignInSettingsForm of(OrganisationSignIn settings) {
		return new SignInSettingsForm(settings.issuerUri(), settings.clientId(), "",
				String.join(", ", settings.emailDomains()), String.valueOf(settings.secondStepAtProvider()),
				String.valueOf(settings.addressesKeptByProvider()), String.valueOf(settings.enabled()),
				String.valueOf(settings.version()));
	}

	static SignInSettingsForm blank() {
		return new SignInSettingsForm("", "", "", "", null, null, null, "");
	}

	private static String ticked(String box) {
		return String.valueOf("true".equals(box));
	}

	public boolean secondStep() {
		return "true".equals(secondStepAtProvider);
	}

	public boolean addressesKept() {
		return "true".equals(addressesKeptByProvider);
	}

	public boolean switchedOn() {
		return "true".equals(enabled);
	}

	/**
	 * The version the administrator saw: {@code null} when there were no settings yet, -1
	 * when the form sent something that is no version (then it counts as changed
	 * meanwhile).
	 */
	Integer seenVersion() {
		if (version.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(version);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	List<String> domains() {
		return Arrays.stream(emailDomains.toLowerCase(Locale.ROOT).split("[,;\\s]+"))
			.map(d -> d.startsWith("@") ? d.substring(1) : d)
			.filter(d -> !d.isBlank())
			.distinct()
			.toList();
	}

	OrganisationSignIn.Settings settings() {
		return new OrganisationSignIn.Settings(issuerUri, clientId, domains(), secondStep(), addressesKept(),
				switchedOn());
	}

	/**
	 * Checks the form. {@code secretKept} allows the secret to stay blank: only when the
	 * stored one goes to the same provider and client as before, so that a changed
	 * address never receives the old secret.
	 */
	FormErrors validate(boolean secretKept, OrganisationSignIns signIns) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("admin.signIn." + field));
		if (issuerUri.isEmpty()) {
			errors.add("issuerUri", "validation.required");
		}
		else if (issuerUri.length() > 500) {
			errors.add("issuerUri", "validation.tooLong", 500);
		}
		else if (!signIns.acceptableIssuer(issuerUri)) {
			errors.add("issuerUri", "admin.signIn.issuerInvalid");
		}
		if (clientId.isEmpty()) {
			errors.add("clientId", "validation.required");
		}
		else if (clientId.length() > 200) {
			errors.add("clientId", "validation.tooLong", 200);
		}
		if (!signIns.canKeepSecrets()) {
			errors.add("clientSecret", "admin.signIn.noKey");
		}
		else if (clientSecret.isBlank() && !secretKept) {
			errors.add("clientSecret", seenVersion() == null ? "validation.required" : "admin.signIn.secretAgain");
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

}
