package nl.naast.identity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys kept in the database (the in-memory default would forget them on restart and
 * differ between nodes).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	JdbcUserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, SignInProperties properties) {
		Set<String> origins = new HashSet<>(properties.passkeys().origins());
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder()
					.id(properties.passkeys().rpId())
					.name(properties.passkeys().rpName())
					.build(),
				origins);
		// a passkey counts as both sign-in steps, so the device must check the person
		// (PIN,
		// fingerprint, face): possession alone is one factor
		operations.setCustomizeCreationOptions(
				creation -> creation.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions(request -> request.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	/**
	 * Checks the passkey, then signs in the account as a password would: with the same
	 * principal, so the rest of Naast sees no difference, and with the passkey factor. A
	 * disabled account cannot sign in with a passkey either.
	 */
	static final class PasskeySignIn implements AuthenticationProvider {

		private final WebAuthnAuthenticationProvider passkeys;

		private final AccountRepository accounts;

		PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users,
				AccountRepository accounts) {
			this.passkeys = new WebAuthnAuthenticationProvider(relyingParty, users);
			this.accounts = accounts;
		}

		@Override
		public Authentication authenticate(Authentication request) throws AuthenticationException {
			Authentication checked = passkeys.authenticate(request);
			NaastUser user = accounts.byEmail(checked.getName())
				.filter(AccountRepository.StoredAccount::enabled)
				.map(AccountRepository.StoredAccount::user)
				.orElseThrow(() -> new DisabledException("account not enabled"));
			// the role as it is now, and the passkey factor the check granted
			Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
			checked.getAuthorities()
				.stream()
				.filter(a -> a.getAuthority().startsWith("FACTOR_"))
				.forEach(authorities::add);
			return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
		}

		static UserDetailsService enabledOnly(AccountRepository accounts) {
			return username -> accounts.byEmail(username)
				.filter(AccountRepository.StoredAccount::enabled)
				.map(AccountRepository.StoredAccount::user)
				.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		}

	}

}
