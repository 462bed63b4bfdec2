package nl.naast.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.naast.identity.AccountRepository.SessionState;
import nl.naast.shared.web.StaticFiles;

/**
 * How long a signed-in session lives, and ending sessions from elsewhere.
 * <p>
 * Each session remembers when its person signed in, when it was last used (both by the
 * application's {@link Clock}, so tests can move time) and the account's session epoch at
 * sign-in. Every request of a signed-in person checks these: idle too long, signed in too
 * long, or an epoch the account has since raised ("sign out everywhere", a disabled
 * account, a new password) ends the session. The epoch lives in the account row, so one
 * update ends the person's sessions on every node, whether sessions are kept in memory or
 * by Spring Session JDBC; no list of sessions is needed.
 */
@Component
public class Sessions {

	static final String SIGNED_IN_AT = "naast.session.signedInAt";

	static final String LAST_SEEN_AT = "naast.session.lastSeenAt";

	static final String EPOCH = "naast.session.epoch";

	/**
	 * How much longer the session store keeps a session than Naast lets it live: a person
	 * who comes back just too late is told why.
	 */
	static final Duration STORE_GRACE = Duration.ofMinutes(1);

	/**
	 * Writing "last seen" on every request would cost a session write each time; with
	 * sessions in the database that is a committed write per page. It is written when it
	 * is this old, so an idle session may end up to this much before its full idle time,
	 * never after it.
	 */
	private static final Duration LAST_SEEN_PRECISION = Duration.ofSeconds(15);

	private final AccountRepository accounts;

	private final Clock clock;

	private final Lifetime lifetime;

	Sessions(AccountRepository accounts, Clock clock, Lifetime lifetime) {
		this.accounts = accounts;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/**
	 * Ends all other sessions of the signed-in person, on every node. This session stays
	 * signed in, with a new id.
	 */
	public void endOtherSessions(HttpServletRequest request) {
		UUID account = signedIn().orElseThrow(() -> new IllegalStateException("Nobody is signed in")).accountId();
		accounts.endSessions(account);
		HttpSession session = request.getSession();
		session.setAttribute(EPOCH, epochOf(account));
		request.changeSessionId();
	}

	public Duration idleTimeout() {
		return lifetime.idleTimeout();
	}

	public Duration absoluteTimeout() {
		return lifetime.absoluteTimeout();
	}

	/** Marks a session as freshly signed in: on every sign-in and step-up. */
	SessionAuthenticationStrategy atSignIn() {
		return (authentication, request, response) -> {
			if (authentication.getPrincipal() instanceof NaastUser user) {
				stamp(request.getSession(), user.toCurrentUser().accountId());
			}
		};
	}

	/** Checks every request of a signed-in person; to be placed after authentication. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Optional<Ending> ending = check(request);
				if (ending.isPresent()) {
					end(request, response, ending.get());
					return;
				}
				chain.doFilter(request, response);
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// static files show nothing of anyone: no database look-up for them
				return StaticFiles.requested(request);
			}
		};
	}

	private Optional<Ending> check(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Optional<CurrentUser> user = signedIn();
		if (session == null || user.isEmpty()) {
			return Optional.empty();
		}
		UUID account = user.get().accountId();
		Instant now = clock.instant();
		Long signedInAt = (Long) session.getAttribute(SIGNED_IN_AT);
		Long lastSeenAt = (Long) session.getAttribute(LAST_SEEN_AT);
		Integer epoch = (Integer) session.getAttribute(EPOCH);
		if (signedInAt == null || lastSeenAt == null || epoch == null) {
			// signed in by a way that did not pass the sign-in strategy: its lifetime
			// starts now
			stamp(session, account);
			return Optional.empty();
		}
		if (now.isAfter(Instant.ofEpochMilli(lastSeenAt).plus(lifetime.idleTimeout()))) {
			return Optional.of(Ending.IDLE);
		}
		if (now.isAfter(Instant.ofEpochMilli(signedInAt).plus(lifetime.absoluteTimeout()))) {
			return Optional.of(Ending.TOO_LONG);
		}
		Optional<SessionState> state = accounts.sessionState(account);
		if (state.isEmpty() || !state.get().enabled() || state.get().epoch() != epoch) {
			return Optional.of(Ending.ENDED);
		}
		if (!now.isBefore(Instant.ofEpochMilli(lastSeenAt).plus(LAST_SEEN_PRECISION))) {
			session.setAttribute(LAST_SEEN_AT, now.toEpochMilli());
		}
		return Optional.empty();
	}

	private void stamp(HttpSession session, UUID account) {
		long now = clock.instant().toEpochMilli();
		session.setAttribute(SIGNED_IN_AT, now);
		session.setAttribute(LAST_SEEN_AT, now);
		session.setAttribute(EPOCH, epochOf(account));
		// the store may forget the session a little after Naast would end it, never
		// before: the person then sees why
		session.setMaxInactiveInterval((int) lifetime.idleTimeout().plus(STORE_GRACE).toSeconds());
	}

	private int epochOf(UUID account) {
		return accounts.sessionState(account).map(SessionState::epoch).orElse(-1);
	}

	private static void end(HttpServletRequest request, HttpServletResponse response, Ending ending)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		String target = request.getContextPath() + "/login?" + ending.query;
		if ("true".equals(request.getHeader("HX-Request"))) {
			// htmx would otherwise put the sign-in page inside the part it replaces
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

	private static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof NaastUser user
				? Optional.of(user.toCurrentUser()) : Optional.empty();
	}

	/** Why a session ended; the sign-in page says it in plain words. */
	enum Ending {

		IDLE("idle"), TOO_LONG("renew"), ENDED("ended");

		final String query;

		Ending(String query) {
			this.query = query;
		}

	}

	/**
	 * @param idleTimeout a session unused this long ends
	 * @param absoluteTimeout a session ends this long after signing in, however busy
	 */
	@ConfigurationProperties("naast.session")
	record Lifetime(Duration idleTimeout, Duration absoluteTimeout) {

		Lifetime {
			idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
			absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
		}
	}

}
