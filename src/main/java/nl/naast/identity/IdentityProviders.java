package nl.naast.identity;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
 * the one configured is not used: that would let one provider speak for another. Outside
 * tests, every endpoint it names must use https.
 */
@Component
class IdentityProviders {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviders.class);

	/** A provider that could not be read is not asked again for this long. */
	private static final Duration FAILURE_REMEMBERED = Duration.ofSeconds(30);

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
	 * The provider's published settings, or nothing when it cannot be reached or read. A
	 * failure is remembered briefly too, so that a provider that is down does not hold
	 * every sign-in attempt for the whole timeout.
	 */
	Optional<OIDCProviderMetadata> metadata(String issuer) {
		Known remembered = known.get(issuer);
		Instant now = clock.instant();
		if (remembered != null && remembered.until().isAfter(now)) {
			return Optional.ofNullable(remembered.metadata());
		}
		Optional<OIDCProviderMetadata> fetched = fetch(issuer);
		known.put(issuer, new Known(fetched.orElse(null),
				now.plus(fetched.isPresent() ? properties.metadataLifetime() : FAILURE_REMEMBERED)));
		return fetched;
	}

	private Optional<OIDCProviderMetadata> fetch(String issuer) {
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
			if (metadata.getAuthorizationEndpointURI() == null || metadata.getTokenEndpointURI() == null
					|| metadata.getJWKSetURI() == null) {
				log.warn("Identity provider {} names no authorization, token or key endpoint", issuer);
				return Optional.empty();
			}
			if (!properties.allowLocalProviders() && Stream
				.of(metadata.getAuthorizationEndpointURI(), metadata.getTokenEndpointURI(), metadata.getJWKSetURI(),
						metadata.getUserInfoEndpointURI())
				.anyMatch(uri -> uri != null && !"https".equals(uri.getScheme()))) {
				log.warn("Identity provider {} names an endpoint without https", issuer);
				return Optional.empty();
			}
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

	/** Whether a provider may live on this machine, over plain http (tests). */
	boolean localAllowed() {
		return properties.allowLocalProviders();
	}

	/**
	 * Calls to providers (settings, token, keys, user info) wait no longer than
	 * configured, and follow no redirect elsewhere.
	 */
	SimpleClientHttpRequestFactory requestFactory() {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory() {
			@Override
			protected void prepareConnection(HttpURLConnection connection, String method) throws IOException {
				super.prepareConnection(connection, method);
				connection.setInstanceFollowRedirects(false);
			}
		};
		factory.setConnectTimeout(properties.timeout());
		factory.setReadTimeout(properties.timeout());
		return factory;
	}

	RestTemplate restTemplate() {
		return new RestTemplate(requestFactory());
	}

	/** What a provider published, or {@code null} when it could not be read. */
	private record Known(OIDCProviderMetadata metadata, Instant until) {
	}

}
