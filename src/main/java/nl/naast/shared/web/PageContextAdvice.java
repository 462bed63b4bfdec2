package nl.naast.shared.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts the {@link PageContext} into every model, so no controller forgets the CSRF token
 * or the language.
 */
@ControllerAdvice
class PageContextAdvice {

	private final MessageSource messages;

	private final PlainLanguage plainLanguage;

	private final org.springframework.beans.factory.ObjectProvider<HeaderBadge> badge;

	PageContextAdvice(MessageSource messages, org.springframework.beans.factory.ObjectProvider<PlainLanguage> plain,
			org.springframework.beans.factory.ObjectProvider<HeaderBadge> badge) {
		this.messages = messages;
		this.plainLanguage = plain.getIfAvailable(() -> PlainLanguage.NONE);
		this.badge = badge;
	}

	/**
	 * Spring Security's default name; asking the token for it would make the token, and a
	 * session, for every answer.
	 */
	private static final String CSRF_PARAMETER = "_csrf";

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request) {
		return of(request, messages, plainLanguage, badge.getIfAvailable(() -> HeaderBadge.NONE));
	}

	static PageContext of(HttpServletRequest request, MessageSource messages, PlainLanguage plainLanguage,
			HeaderBadge badge) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String userName = null;
		Set<String> roles = Set.of();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			userName = authentication.getPrincipal() instanceof NamedPrincipal named ? named.displayName()
					: authentication.getName();
			roles = authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a != null && a.startsWith("ROLE_"))
				.map(a -> a.substring(5))
				.collect(Collectors.toUnmodifiableSet());
		}
		String nonce = (String) request.getAttribute(ContentSecurityPolicyFilter.NONCE_ATTRIBUTE);
		return new PageContext(RequestContextUtils.getLocale(request), CSRF_PARAMETER,
				csrf == null ? () -> "" : csrf::getToken, nonce == null ? "" : nonce, userName, roles,
				request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(),
				messages, plainLanguage, userName == null ? () -> 0 : new Once(badge));
	}

	/**
	 * Counts on the first question only: a page that never shows the header (a redirect,
	 * an htmx fragment) costs no query.
	 */
	private static final class Once implements java.util.function.IntSupplier {

		private final HeaderBadge badge;

		private Integer count;

		Once(HeaderBadge badge) {
			this.badge = badge;
		}

		@Override
		public int getAsInt() {
			if (count == null) {
				count = badge.unread();
			}
			return count;
		}

	}

}
