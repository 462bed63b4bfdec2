package nl.naast.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an organisation's own identity provider.
 *
 * @param secretKey the key that seals providers' client secrets in the database; set it
 * from the environment in production, and keep it: a new key makes stored secrets
 * unreadable (they must then be entered again)
 * @param timeout how long Naast waits for a provider's answer
 * @param metadataLifetime how long a provider's published settings are remembered
 */
@ConfigurationProperties("naast.security.organisation-sign-in")
record OrganisationSignInProperties(String secretKey, Duration timeout, Duration metadataLifetime) {

	OrganisationSignInProperties {
		if (secretKey == null || secretKey.length() < 16) {
			throw new IllegalArgumentException(
					"naast.security.organisation-sign-in.secret-key must be set, at least 16 characters");
		}
		timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
		metadataLifetime = metadataLifetime == null ? Duration.ofHours(1) : metadataLifetime;
	}

}
