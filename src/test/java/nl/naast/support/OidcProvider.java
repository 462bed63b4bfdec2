package nl.naast.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in its own small web
 * context on a free port of 127.0.0.1: an organisation's identity provider, as Naast
 * meets it. People sign in on its own login page; its ID tokens carry their e-mail
 * address, which a test may change.
 */
public final class OidcProvider implements AutoCloseable {

	public static final String CLIENT_ID = "naast";

	public static final String CLIENT_SECRET = "provider-secret-" + UUID.randomUUID();

	public static final String PASSWORD = "provider-password";

	/** A person at the provider: the username is the subject. */
	record Person(String username, String email, Boolean emailVerified) {
	}

	private final Map<String, Person> people = new ConcurrentHashMap<>();

	private final List<String> redirectUris;

	private final AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();

	/** The issuer it names in its settings; by default the address it was asked at. */
	private final String namedIssuer;

	private OidcProvider(List<String> redirectUris, String namedIssuer) {
		this.redirectUris = List.copyOf(redirectUris);
		this.namedIssuer = namedIssuer;
	}

	/** Starts a provider that sends people back only to these addresses. */
	public static OidcProvider start(List<String> allowedRedirectUris) {
		return start(allowedRedirectUris, null);
	}

	/** Starts a provider that calls itself by another name than its own address. */
	public static OidcProvider namedAs(String issuer) {
		return start(List.of("http://localhost/login/oauth2/code/any"), issuer);
	}

	private static OidcProvider start(List<String> allowedRedirectUris, String namedIssuer) {
		OidcProvider provider = new OidcProvider(allowedRedirectUris, namedIssuer);
		provider.context.registerBean(OidcProvider.class, () -> provider);
		provider.context.register(Provider.class);
		provider.context.refresh();
		return provider;
	}

	public String issuer() {
		return "http://127.0.0.1:" + context.getWebServer().getPort();
	}

	/** Adds a person, or changes their e-mail address at the provider. */
	public void person(String username, String email, boolean emailVerified) {
		people.put(username, new Person(username, email, emailVerified));
	}

	/**
	 * Adds a person whose ID token says nothing about whether the address was checked.
	 */
	public void personWithoutVerifiedClaim(String username, String email) {
		people.put(username, new Person(username, email, null));
	}

	@Override
	public void close() {
		context.close();
	}

	@EnableWebSecurity
	static class Provider {

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(java.net.InetAddress.getLoopbackAddress());
			// all its endpoints are filters; Tomcat runs filters only where a servlet
			// answers
			factory.setRegisterDefaultServlet(true);
			// its own cookie, so that it never meets Naast's on the same host
			factory.addContextCustomizers(context -> context.setSessionCookieName("PROVIDER_SESSION"));
			return factory;
		}

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService people(OidcProvider provider) {
			return username -> {
				Person person = provider.people.get(username);
				if (person == null) {
					throw new UsernameNotFoundException(username);
				}
				return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
			};
		}

		@Bean
		RegisteredClientRepository clients(OidcProvider provider) {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUris(uris -> uris.addAll(provider.redirectUris))
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken(OidcProvider provider) {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					Person person = provider.people.get(context.getPrincipal().getName());
					context.getClaims().claim("email", person.email()).claim("name", person.username());
					if (person.emailVerified() != null) {
						context.getClaims().claim("email_verified", person.emailVerified());
					}
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings(OidcProvider provider) {
			return provider.namedIssuer == null ? AuthorizationServerSettings.builder().build()
					: AuthorizationServerSettings.builder().issuer(provider.namedIssuer).build();
		}

	}

}
