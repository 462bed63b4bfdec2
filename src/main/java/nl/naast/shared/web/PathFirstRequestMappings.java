package nl.naast.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Request mappings tried on their path first.
 * <p>
 * A path with a variable in it ({@code /families/{id}}) has no direct entry in Spring
 * MVC's table, so every request mapping is tried in turn. Each one first asks for the
 * request's method, parameters, headers and media types, through every wrapper the
 * filters put around the request, and only then for its path. On a family's overview that
 * was about a tenth of the processor time. Here a mapping whose paths cannot match is
 * passed over on the path alone, read from the request once; the few that can match are
 * then tried in full, as Spring MVC would. Which handler wins, and the answers when none
 * does (404, 405, 415), stay Spring MVC's.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstRequestMappings {

	@Bean
	WebMvcRegistrations pathFirstRequestMappingRegistrations() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirstHandlerMapping();
			}
		};
	}

	static final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			return super.lookupHandlerMethod(lookupPath, new WithPath(request));
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (request instanceof WithPath withPath && paths != null
					&& !matchesAny(paths.getPatterns(), withPath.path)) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		private static boolean matchesAny(Set<PathPattern> patterns, PathContainer path) {
			for (PathPattern pattern : patterns) {
				if (pattern.matches(path)) {
					return true;
				}
			}
			return false;
		}

	}

	/** The request during one look-up, with its path within the application at hand. */
	private static final class WithPath extends HttpServletRequestWrapper {

		final PathContainer path;

		WithPath(HttpServletRequest request) {
			super(request);
			this.path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
		}

	}

}
