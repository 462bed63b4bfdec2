package nl.naast.shared.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, so that an audit record and a log line can be traced to one
 * request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = "naast.requestId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, requestId);
		MDC.put("requestId", requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/**
	 * The current request's id and client address, or "system" outside a request
	 * (seeding, commands).
	 */
	public static RequestOrigin currentOrigin() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			Object id = request.getAttribute(ATTRIBUTE);
			return new RequestOrigin(id == null ? "none" : id.toString(), request.getRemoteAddr());
		}
		return new RequestOrigin("system", "local");
	}

	public record RequestOrigin(String requestId, String clientAddress) {
	}

}
