package nl.naast.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

/**
 * One client registration per organisation with sign-in switched on, read from the
 * database on each use, so that an administrator's change counts at once. The
 * registration id is the organisation's id.
 */
final class OrganisationClientRegistrations implements ClientRegistrationRepository {

	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final OrganisationSignIns signIns;

	private final IdentityProviders providers;

	OrganisationClientRegistrations(OrganisationSignIns signIns, IdentityProviders providers) {
		this.signIns = signIns;
		this.providers = providers;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		UUID organisationId;
		try {
			organisationId = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		return signIns.registration(organisationId)
			.flatMap(registration -> providers.metadata(registration.settings().issuerUri())
				.map(metadata -> build(registrationId, registration, metadata)))
			.orElse(null);
	}

	private static ClientRegistration build(String registrationId, OrganisationSignIns.Registration registration,
			OIDCProviderMetadata metadata) {
		OrganisationSignIn settings = registration.settings();
		ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(registrationId)
			.clientName(settings.organisationName())
			.clientId(settings.clientId())
			.clientSecret(registration.clientSecret())
			.clientAuthenticationMethod(authenticationMethod(metadata))
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI)
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
			.issuerUri(settings.issuerUri())
			.authorizationUri(metadata.getAuthorizationEndpointURI().toASCIIString())
			.tokenUri(metadata.getTokenEndpointURI().toASCIIString())
			.jwkSetUri(metadata.getJWKSetURI().toASCIIString())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(metadata.toJSONObject())
			// PKCE as well as the secret: a stolen code is worth nothing
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
		if (metadata.getUserInfoEndpointURI() != null) {
			builder.userInfoUri(metadata.getUserInfoEndpointURI().toASCIIString());
		}
		return builder.build();
	}

	/**
	 * Basic authentication when the provider allows it (the default), else a form post.
	 */
	private static ClientAuthenticationMethod authenticationMethod(OIDCProviderMetadata metadata) {
		List<com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod> supported = metadata
			.getTokenEndpointAuthMethods();
		if (supported == null
				|| supported.contains(com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod.CLIENT_SECRET_BASIC)) {
			return ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
		}
		return ClientAuthenticationMethod.CLIENT_SECRET_POST;
	}

}
