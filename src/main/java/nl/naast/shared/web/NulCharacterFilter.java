package nl.naast.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops NUL characters from every submitted field. Nobody types them, and PostgreSQL
 * refuses text that holds one: without this a pasted NUL would fail the whole save.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutNul(request), response);
	}

	private static final class WithoutNul extends HttpServletRequestWrapper {

		WithoutNul(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(WithoutNul::clean).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> cleaned.put(name,
					Arrays.stream(values).map(WithoutNul::clean).toArray(String[]::new)));
			return cleaned;
		}

		private static String clean(String value) {
			return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
		}

	}

}
