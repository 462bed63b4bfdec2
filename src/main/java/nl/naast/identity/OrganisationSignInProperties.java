package nl.naast.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an organisation's own identity provider.
 *
 * @param secretKey the key that seals providers' client secrets in the database; set it
 * from the environment in production, and keep it: a new key makes stored secrets
 * unreadable (they must then be entered again). Without it no provider can be set up.
 * @param allowLocalProviders whether a provider may live on this machine or a private
 * network, over plain http (for trying things out and tests); never in production
 * @param timeout how long Naast waits for a provider's answer
 * @param metadataLifetime how long a provider's published settings are remembered
 */
@ConfigurationProperties("naast.security.organisation-sign-in")
record OrganisationSignInProperties(String secretKey, Duration timeout, Duration metadataLifetime,
		boolean allowLocalProviders) {

	OrganisationSignInProperties {
		secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey;
		if (secretKey != null && secretKey.length() < 16) {
			throw new IllegalArgumentException(
					"naast.security.organisation-sign-in.secret-key must be at least 16 characters");
		}
		timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
		metadataLifetime = metadataLifetime == null ? Duration.ofHours(1) : metadataLifetime;
	}

}
