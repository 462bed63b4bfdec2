package nl.naast.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import nl.naast.support.NaastTest;

/**
 * The path-first look-up chooses what Spring MVC's own would, for every path Naast maps,
 * with every method: the same handler, or the same refusal (404, 405, 415).
 */
@NaastTest
class PathFirstRequestMappingsTests {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping naast;

	@Autowired
	ApplicationContext context;

	@Test
	void naastUsesThePathFirstLookUp() {
		assertThat(this.naast).isInstanceOf(PathFirstRequestMappings.PathFirstHandlerMapping.class);
	}

	@Test
	void everyMappedPathFindsTheHandlerSpringMvcWouldFind() throws Exception {
		RequestMappingHandlerMapping springMvc = springMvcWithTheSameMappings();
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : this.naast.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(concrete(pattern.getPatternString()));
			}
		}
		paths.add("/families/" + UUID.randomUUID() + "/no-such-page");
		paths.add("/no/such/page");
		assertThat(paths).as("the mapped paths").hasSizeGreaterThan(100);

		int handled = 0;
		for (String path : paths) {
			for (String method : METHODS) {
				String naastAnswer = answer(this.naast, method, path);
				assertThat(naastAnswer).as(method + " " + path).isEqualTo(answer(springMvc, method, path));
				if (!naastAnswer.startsWith("refused")) {
					handled++;
				}
			}
		}
		assertThat(handled).as("requests that found a handler").isGreaterThan(100);
	}

	/** Spring MVC's own look-up, over the very same mappings and handlers. */
	private RequestMappingHandlerMapping springMvcWithTheSameMappings() {
		RequestMappingHandlerMapping springMvc = new RequestMappingHandlerMapping();
		springMvc.setPatternParser(this.naast.getPatternParser());
		springMvc.setApplicationContext(this.context);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.naast.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			springMvc.registerMapping(mapping.getKey(), handler.getBean(), handler.getMethod());
		}
		return springMvc;
	}

	private static String answer(RequestMappingHandlerMapping mapping, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", MediaType.TEXT_HTML_VALUE);
		request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "refused: no handler";
			}
			return ((HandlerMethod) chain.getHandler()).getMethod().toGenericString();
		}
		catch (Exception refused) {
			return "refused: " + refused.getClass().getSimpleName();
		}
	}

	/** A request path for a pattern: every variable a random id. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*?[^}]+}", UUID.randomUUID().toString()).replace("/**", "/any/thing");
	}

}
