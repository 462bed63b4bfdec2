package nl.naast.identity;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds back a professional who signed in with only a password: until the second step is
 * done, the only pages open to them are the public ones, the code page, passkey sign-in
 * and signing out. Pages are sent to the code page; anything else is refused.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

	static final String CODE_PAGE = "/login/code";

	private final SecondFactor secondFactor;

	private final RequestMatcher allowed;

	SecondFactorFilter(SecondFactor secondFactor, String... open) {
		this.secondFactor = secondFactor;
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		java.util.List<RequestMatcher> matchers = new java.util.ArrayList<>();
		for (String pattern : open) {
			matchers.add(paths.matcher(pattern));
		}
		matchers.add(paths.matcher(CODE_PAGE));
		matchers.add(paths.matcher(HttpMethod.POST, CODE_PAGE + "/new"));
		matchers.add(paths.matcher(HttpMethod.POST, "/logout"));
		matchers.add(paths.matcher(HttpMethod.POST, "/login/webauthn"));
		matchers.add(paths.matcher(HttpMethod.POST, "/webauthn/authenticate/options"));
		this.allowed = new OrRequestMatcher(matchers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (allowed.matches(request)
				|| secondFactor.waiting(SecurityContextHolder.getContext().getAuthentication()).isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (HttpMethod.GET.matches(request.getMethod()) && request.getHeader("HX-Request") == null) {
			response.sendRedirect(request.getContextPath() + CODE_PAGE);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

}
