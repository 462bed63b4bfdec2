package nl.naast.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

/**
 * What identity providers publish about themselves (OpenID Connect discovery), fetched
 * with time limits and remembered for a while. A provider that names another issuer than
 * the one configured is not used: that would let one provider speak for another.
 */
@Component
class IdentityProviders {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviders.class);

	private final OrganisationSignInProperties properties;

	private final Clock clock;

	private final RestClient http;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	IdentityProviders(OrganisationSignInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.http = RestClient.builder().requestFactory(requestFactory()).build();
	}

	/**
	 * The provider's published settings, or nothing when it cannot be reached or read.
	 */
	Optional<OIDCProviderMetadata> metadata(String issuer) {
		Known remembered = known.get(issuer);
		Instant now = clock.instant();
		if (remembered != null && remembered.until().isAfter(now)) {
			return Optional.of(remembered.metadata());
		}
		try {
			String body = http.get()
				.uri(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
				.retrieve()
				.body(String.class);
			OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(body);
			if (!issuer.equals(metadata.getIssuer().getValue())) {
				log.warn("Identity provider {} names another issuer: {}", issuer, metadata.getIssuer());
				return Optional.empty();
			}
			known.put(issuer, new Known(metadata, now.plus(properties.metadataLifetime())));
			return Optional.of(metadata);
		}
		catch (Exception e) {
			log.warn("Identity provider {} could not be read: {}", issuer, e.toString());
			return Optional.empty();
		}
	}

	/** Forgets what was fetched, so that changed settings are read again. */
	void forget(String issuer) {
		known.remove(issuer);
	}

	/** Calls to providers (token, keys, user info) wait no longer than configured. */
	SimpleClientHttpRequestFactory requestFactory() {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.timeout());
		factory.setReadTimeout(properties.timeout());
		return factory;
	}

	RestTemplate restTemplate() {
		return new RestTemplate(requestFactory());
	}

	private record Known(OIDCProviderMetadata metadata, Instant until) {
	}

}
