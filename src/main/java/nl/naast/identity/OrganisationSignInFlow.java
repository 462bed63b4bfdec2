package nl.naast.identity;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in through an organisation's identity provider (OpenID Connect, authorisation code
 * with PKCE). Spring Security runs the protocol; this decides who the person is in Naast
 * and then signs them in exactly as a password would, with the same principal. The
 * provider's sign-in counts as the first factor; it counts as both only for organisations
 * whose administrator confirmed that the provider asks for a second factor itself.
 */
@Component
class OrganisationSignInFlow {

	/** The organisation's provider took care of the second factor. */
	static final String SECOND_STEP_AT_ORGANISATION = "NAAST_SECOND_STEP_AT_ORGANISATION";

	/** The provider vouched for the person, but Naast has no account it may use. */
	static final String NO_ACCOUNT = "naast_no_account";

	private static final Logger log = LoggerFactory.getLogger(OrganisationSignInFlow.class);

	private final OrganisationSignIns signIns;

	private final IdentityProviders providers;

	private final AccountRepository accounts;

	private final Sessions sessions;

	private final Clock clock;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	OrganisationSignInFlow(OrganisationSignIns signIns, IdentityProviders providers, AccountRepository accounts,
			Sessions sessions, Clock clock) {
		this.signIns = signIns;
		this.providers = providers;
		this.accounts = accounts;
		this.sessions = sessions;
		this.clock = clock;
	}

	ClientRegistrationRepository registrations() {
		return new OrganisationClientRegistrations(signIns, providers);
	}

	/**
	 * Checks what comes back from the provider: exchanges the code, checks the ID token,
	 * reads the person and finds their account.
	 */
	AuthenticationManager authenticationManager() {
		OidcAuthorizationCodeAuthenticationProvider provider = new OidcAuthorizationCodeAuthenticationProvider(tokens(),
				users());
		provider.setJwtDecoderFactory(idTokenDecoders());
		return new ProviderManager(provider);
	}

	/** Exchanges the code for tokens, within the configured time limit. */
	private OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokens() {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(RestClient.builder().requestFactory(providers.requestFactory()).messageConverters(c -> {
			c.clear();
			c.add(new FormHttpMessageConverter());
			c.add(new OAuth2AccessTokenResponseHttpMessageConverter());
		}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
		return client;
	}

	/**
	 * Checks ID tokens against the provider's keys (fetched within the time limit), its
	 * issuer and the organisation's client id. Keyed by all of these, so a changed
	 * setting never meets an old decoder.
	 */
	private JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
		return registration -> decoders.computeIfAbsent(
				String.join("|", registration.getRegistrationId(), registration.getProviderDetails().getIssuerUri(),
						registration.getClientId(), registration.getProviderDetails().getJwkSetUri()),
				key -> {
					NimbusJwtDecoder decoder = NimbusJwtDecoder
						.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
						.jwsAlgorithms(algorithms -> {
							algorithms.add(SignatureAlgorithm.RS256);
							algorithms.add(SignatureAlgorithm.PS256);
							algorithms.add(SignatureAlgorithm.ES256);
						})
						.restOperations(providers.restTemplate())
						.build();
					decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
							new OidcIdTokenValidator(registration)));
					decoder.setClaimSetConverter(
							new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
					return decoder;
				});
	}

	/** Reads the person (ID token and user info) and finds their Naast account. */
	private OAuth2UserService<OidcUserRequest, OidcUser> users() {
		RestTemplate userInfo = providers.restTemplate();
		userInfo.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		DefaultOAuth2UserService plain = new DefaultOAuth2UserService();
		plain.setRestOperations(userInfo);
		OidcUserService oidc = new OidcUserService();
		oidc.setOauth2UserService(plain);
		return request -> {
			OidcUser person = oidc.loadUser(request);
			ClientRegistration registration = request.getClientRegistration();
			UUID organisationId = UUID.fromString(registration.getRegistrationId());
			// the address as the signed ID token states it, not as user info merges it in
			AccountRepository.StoredAccount account = signIns
				.accountFor(organisationId, registration.getProviderDetails().getIssuerUri(), person.getSubject(),
						person.getIdToken().getEmail(), person.getIdToken().getEmailVerified())
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT)));
			return new LinkedOidcUser(person, account.id());
		};
	}

	/** Signs in the linked account as a password would, and goes to the start page. */
	AuthenticationSuccessHandler success() {
		return (request, response, authentication) -> {
			LinkedOidcUser person = (LinkedOidcUser) authentication.getPrincipal();
			UUID organisationId = UUID
				.fromString(((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId());
			AccountRepository.StoredAccount account = accounts.byId(person.accountId())
				.filter(AccountRepository.StoredAccount::enabled)
				.orElse(null);
			if (account == null) {
				SecurityContextHolder.clearContext();
				request.getSession().invalidate();
				response.sendRedirect(request.getContextPath() + "/login?organisationRefused");
				return;
			}
			NaastUser user = account.user();
			Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
			authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
				.issuedAt(clock.instant())
				.build());
			if (signIns.of(organisationId).map(OrganisationSignIn::secondStepAtProvider).orElse(false)) {
				authorities.add(new SimpleGrantedAuthority(SECOND_STEP_AT_ORGANISATION));
			}
			Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			sessions.atSignIn().onAuthentication(signedIn, request, response);
			response.sendRedirect(request.getContextPath() + "/");
		};
	}

	/**
	 * A refusal says the same whatever the reason (no account, another organisation,
	 * disabled, a family account): the page must not tell who has an account.
	 */
	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			boolean refused = exception instanceof OAuth2AuthenticationException oauth
					&& NO_ACCOUNT.equals(oauth.getError().getErrorCode());
			log.info("Organisation sign-in {}: {}", refused ? "refused" : "failed", describe(exception));
			response.sendRedirect(
					request.getContextPath() + (refused ? "/login?organisationRefused" : "/login?organisationFailed"));
		};
	}

	/** The provider is switched off, unknown or cannot be reached right now. */
	AuthenticationFailureHandler unavailable() {
		return (request, response, exception) -> {
			log.info("Organisation sign-in unavailable: {}", describe(exception));
			response.sendRedirect(request.getContextPath() + "/login?organisationUnavailable");
		};
	}

	/**
	 * Naast calls none of the provider's services, so its tokens are not kept: not in the
	 * session, which with several nodes is a database row.
	 */
	OAuth2AuthorizedClientRepository noTokensKept() {
		return new OAuth2AuthorizedClientRepository() {
			@Override
			public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
					Authentication principal, HttpServletRequest request) {
				return null;
			}

			@Override
			public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}

			@Override
			public void removeAuthorizedClient(String registrationId, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}
		};
	}

	private static String describe(AuthenticationException exception) {
		return exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
				: exception.getClass().getSimpleName();
	}

	/** The provider's person, with the Naast account it was linked to. */
	static final class LinkedOidcUser extends DefaultOidcUser {

		private final UUID accountId;

		LinkedOidcUser(OidcUser person, UUID accountId) {
			super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
			this.accountId = accountId;
		}

		UUID accountId() {
			return accountId;
		}

	}

}
