package nl.naast.identity;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default: only sign-in, password links, static files and error pages are open.
 * Family routes need a signed-in person with a family role, and then a relationship with
 * that family (checked by the access policy inside each request, not here).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] OPEN = { "/login", "/password/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
			// a calendar app reads a coordinator's feed with the secret in its address
			"/calendar/*",
			// the glossary is for everyone, signed in or not
			"/glossary", "/glossary/*",
			// the trainings catalogue, registration and custom requests are public
			"/trainings", "/trainings/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			@Value("${naast.security.hsts:true}") boolean hsts) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(ThrottledSignIn.SignInThrottledException.class.getName(),
				"/login?throttled", DisabledException.class.getName(), "/login?error"));
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
				.requestMatchers("/legal/**")
				.hasRole(Role.COORDINATOR.name())
				.requestMatchers("/meetings/**")
				.hasRole(Role.COORDINATOR.name())
				.requestMatchers("/invitations/**")
				.hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name())
				.requestMatchers("/", "/account/**", "/notifications", "/notifications/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.formLogin(
					form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", true).permitAll())
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
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledSignIn(passwords, throttle));
	}

}
