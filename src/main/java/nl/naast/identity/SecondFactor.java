package nl.naast.identity;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second sign-in step for professionals: after their password, a code by e-mail (a
 * passkey counts as both steps at once). The factors are Spring Security's factor
 * authorities: {@code FACTOR_PASSWORD}, {@code FACTOR_OTT}, {@code FACTOR_WEBAUTHN}.
 */
@Service
public class SecondFactor {

	/** What a typed code did. */
	public enum Result {

		/** signed in fully, with a new session id */
		COMPLETED,
		/** the code does not fit; the person may try again */
		WRONG,
		/** no usable code: used, too old or too many wrong tries */
		EXPIRED,
		/**
		 * too many wrong codes for this account lately; the person has been signed out
		 */
		LOCKED

	}

	private final SignInProperties properties;

	private final SignInCodes codes;

	private final AccountRepository accounts;

	private final Clock clock;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SecondFactor(SignInProperties properties, SignInCodes codes, AccountRepository accounts, Clock clock) {
		this.properties = properties;
		this.codes = codes;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Whether the person signed in now still has to take the second step before anything
	 * else.
	 */
	public boolean pending() {
		return waiting(SecurityContextHolder.getContext().getAuthentication()).isPresent();
	}

	/** What the code page can offer the person now. */
	public enum CodeStep {

		/** a code is on its way or was sent earlier and still works */
		READY,
		/** the last code ran out of tries; the person may ask for a new one */
		SPENT,
		/** no new code: enough codes were sent lately */
		TOO_MANY_CODES,
		/**
		 * too many wrong codes for this account lately; the person has been signed out
		 */
		LOCKED

	}

	/**
	 * Mails a code when the person has none yet (or the last one was used or timed out),
	 * never silently when the last one ran out of tries. Signs out when the account is
	 * locked.
	 */
	public CodeStep sendCodeIfNone(HttpServletRequest request, HttpServletResponse response) {
		Optional<NaastUser> user = waiting(SecurityContextHolder.getContext().getAuthentication());
		if (user.isEmpty()) {
			return CodeStep.READY;
		}
		if (locked(user.get(), request, response)) {
			return CodeStep.LOCKED;
		}
		return switch (codes.state(user.get().accountId())) {
			case ACTIVE -> CodeStep.READY;
			case SPENT -> CodeStep.SPENT;
			case NONE -> send(user.get()) ? CodeStep.READY : CodeStep.TOO_MANY_CODES;
		};
	}

	/**
	 * Mails a fresh code (an earlier one stops working), within the limit on codes per
	 * account. Signs out when the account is locked.
	 */
	public CodeStep sendNewCode(HttpServletRequest request, HttpServletResponse response) {
		Optional<NaastUser> user = waiting(SecurityContextHolder.getContext().getAuthentication());
		if (user.isEmpty()) {
			return CodeStep.READY;
		}
		if (locked(user.get(), request, response)) {
			return CodeStep.LOCKED;
		}
		return send(user.get()) ? CodeStep.READY : CodeStep.TOO_MANY_CODES;
	}

	/**
	 * Checks the code against the account of this session only. When it fits, the session
	 * gets the code factor and a new id (step-up).
	 */
	public Result complete(String code, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		NaastUser user = waiting(current).orElseThrow(() -> new IllegalStateException("No second step waiting"));
		SignInCodes.Outcome outcome = codes.use(user.accountId(), code);
		if (outcome == SignInCodes.Outcome.WRONG) {
			return Result.WRONG;
		}
		if (outcome == SignInCodes.Outcome.EXPIRED) {
			return Result.EXPIRED;
		}
		if (outcome == SignInCodes.Outcome.LOCKED) {
			signOut(request, response);
			return Result.LOCKED;
		}
		Set<GrantedAuthority> authorities = new LinkedHashSet<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.OTT_AUTHORITY)
			.issuedAt(clock.instant())
			.build());
		request.changeSessionId();
		Authentication completed = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		// a new CSRF token with the new session id, as at sign-in
		new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()).onAuthentication(completed, request,
				response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(completed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return Result.COMPLETED;
	}

	/** The signed-in professional who has only their password so far, if that is so. */
	Optional<NaastUser> waiting(Authentication authentication) {
		if (!properties.mfaRequiredForProfessionals() || authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof NaastUser user) || !user.role().professional()) {
			return Optional.empty();
		}
		boolean second = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
					|| a.equals(FactorGrantedAuthority.OTT_AUTHORITY)
					|| a.equals(OrganisationSignInFlow.SECOND_STEP_AT_ORGANISATION));
		return second ? Optional.empty() : Optional.of(user);
	}

	private boolean send(NaastUser user) {
		return accounts.byId(user.accountId())
			.map(account -> codes.issue(account.id(), account.email(), account.displayName()))
			.orElse(false);
	}

	private boolean locked(NaastUser user, HttpServletRequest request, HttpServletResponse response) {
		if (!codes.locked(user.accountId())) {
			return false;
		}
		signOut(request, response);
		return true;
	}

	/** Ends the session: the password step has to be taken again. */
	private void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
	}

}
