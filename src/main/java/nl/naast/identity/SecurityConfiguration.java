package nl.naast.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import nl.naast.shared.web.StaticFiles;

/**
 * Deny by default: only sign-in, password links, static files and error pages are open.
 * Family routes need a signed-in person with a family role, and then a relationship with
 * that family (checked by the access policy inside each request, not here).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] OPEN = Stream.concat(StaticFiles.PATTERNS.stream(),
			Stream.of("/login", "/login/organisation", "/password/**", "/error", "/actuator/health",
					"/actuator/health/**",
					// a calendar app reads a coordinator's feed with the secret in its
					// address
					"/calendar/*",
					// the glossary is for everyone, signed in or not
					"/glossary", "/glossary/*",
					// the trainings catalogue, registration and custom requests are
					// public
					"/trainings", "/trainings/**"))
		.toArray(String[]::new);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			@Value("${naast.security.hsts:true}") boolean hsts, SignInProperties signIn,
			WebAuthnRelyingPartyOperations relyingParty, AccountRepository accounts, SecondFactor secondFactor,
			Sessions sessions, OrganisationSignInFlow organisations) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(ThrottledSignIn.SignInThrottledException.class.getName(),
				"/login?throttled", DisabledException.class.getName(), "/login?error"));
		// Every way of signing in gives a new session id and CSRF token and starts
		// Naast's session lifetime. Each calls this itself, so no filter has to open
		// the session of every request (static files too) for a sign-in it missed.
		SessionAuthenticationStrategy atSignIn = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(),
						new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()), sessions.atSignIn()));
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(OPEN)
				.permitAll()
				// before the general /admin rule: trainers manage trainings and nothing
				// else
				.requestMatchers("/admin/trainings", "/admin/trainings/**")
				.hasAnyRole(Role.ADMIN.name(), Role.TRAINER.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				// erasure requests are decided by someone other than the family: an
				// administrator or the coordinator's manager
				.requestMatchers("/erasure-requests", "/erasure-requests/**")
				.hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
				.requestMatchers("/families/**")
				.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.PARENT.name(), Role.YOUTH.name(),
						Role.MANAGER.name())
				.requestMatchers("/language/**")
				.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name())
				.requestMatchers("/journey/me")
				.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name())
				.requestMatchers("/journey/trends")
				.hasRole(Role.MANAGER.name())
				.requestMatchers("/reflection/**")
				.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.MANAGER.name())
				.requestMatchers("/signals/**")
				.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.MANAGER.name())
				.requestMatchers("/reports/**")
				.hasRole(Role.MANAGER.name())
				// the emergency procedure (noodprocedure): managers open, managers and
				// administrators review
				.requestMatchers("/emergency")
				.hasRole(Role.MANAGER.name())
				.requestMatchers("/emergency-reviews", "/emergency-reviews/**")
				.hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
				.requestMatchers("/legal/**")
				.hasRole(Role.COORDINATOR.name())
				.requestMatchers("/meetings/**")
				.hasRole(Role.COORDINATOR.name())
				.requestMatchers("/invitations/**")
				.hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name())
				// adding a passkey (Spring Security's WebAuthn endpoints), the second
				// sign-in step
				.requestMatchers("/webauthn/register", "/webauthn/register/**", "/login/code", "/login/code/new")
				.authenticated()
				.requestMatchers("/", "/account/**", "/notifications", "/notifications/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(failures)
				.defaultSuccessUrl("/", true)
				.permitAll()
				.withObjectPostProcessor(startingASession(atSignIn)))
			// professionals whose organisation has its own identity provider sign in
			// there
			// (/oauth2/authorization/{organisation id}, back at /login/oauth2/code/{id})
			.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(organisations.registrations())
				.authorizedClientRepository(organisations.noTokensKept())
				.successHandler(organisations.success())
				.failureHandler(organisations.failure())
				.withObjectPostProcessor(startingASession(atSignIn))
				.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
					@Override
					public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(organisations.unavailable());
						return filter;
					}
				})
				// its own manager: the shared one above knows passwords only
				.withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
					@Override
					public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(organisations.authenticationManager());
						return filter;
					}
				}))
			// idle, absolute and "ended elsewhere" checked on every request
			.addFilterBefore(sessions.filter(), AuthorizationFilter.class)
			// passkeys: the page and its script are Naast's own; sign-in gives the same
			// principal as a password
			.webAuthn(passkeys -> passkeys.rpId(signIn.passkeys().rpId())
				.rpName(signIn.passkeys().rpName())
				.allowedOrigins(Set.copyOf(signIn.passkeys().origins()))
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(new ProviderManager(new PasskeyConfiguration.PasskeySignIn(
								relyingParty, PasskeyConfiguration.PasskeySignIn.enabledOnly(accounts), accounts)));
						// (Spring Security's WebAuthn filter keeps the session id unless
						// told)
						filter.setSessionAuthenticationStrategy(atSignIn);
						return filter;
					}
				}))
			// professionals who signed in with only a password take a second step first
			.addFilterAfter(new SecondFactorFilter(secondFactor, OPEN), AnonymousAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("NAAST_SESSION", "__Host-NAAST_SESSION"))
			.headers(headers -> {
				headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
				headers.frameOptions(frame -> frame.deny());
				if (!hsts) {
					headers.httpStrictTransportSecurity(h -> h.disable());
				}
			})
			// a missing or stale CSRF token is a 403 with "please try again"; any other
			// refusal looks like 404
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response,
					denied) -> response.sendError(denied instanceof org.springframework.security.web.csrf.CsrfException
							? jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN
							: jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND)));
		return http.build();
	}

	private static ObjectPostProcessor<AbstractAuthenticationProcessingFilter> startingASession(
			SessionAuthenticationStrategy atSignIn) {
		return new ObjectPostProcessor<AbstractAuthenticationProcessingFilter>() {
			@Override
			public <O extends AbstractAuthenticationProcessingFilter> O postProcess(O filter) {
				filter.setSessionAuthenticationStrategy(atSignIn);
				return filter;
			}
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return username -> accounts.byEmail(username)
			.map(AccountRepository.StoredAccount::user)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new EvenlyTimedPasswords(users, encoder);
		return new ProviderManager(new ThrottledSignIn(passwords, throttle));
	}

	/**
	 * Every attempt costs one password hash, so the time taken tells nothing: an unknown
	 * address is checked against a stand-in hash (Spring does that), and so is an invited
	 * account without a password; a disabled account is refused only after its password
	 * was checked. All of these get the same answer as a wrong password.
	 */
	static final class EvenlyTimedPasswords extends DaoAuthenticationProvider {

		private final PasswordEncoder encoder;

		private final String standIn;

		EvenlyTimedPasswords(UserDetailsService users, PasswordEncoder encoder) {
			super(users);
			this.encoder = encoder;
			this.standIn = encoder.encode(UUID.randomUUID().toString());
			setPasswordEncoder(encoder);
			setPreAuthenticationChecks(user -> {
			});
			setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		}

		@Override
		protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
			if (user.getPassword() == null) {
				encoder.matches(String.valueOf(attempt.getCredentials()), standIn);
				throw new BadCredentialsException("Bad credentials");
			}
			super.additionalAuthenticationChecks(user, attempt);
		}

	}

}
