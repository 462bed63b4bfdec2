package nl.naast.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller take the {@link PageContext} as an argument, never bound from request
 * parameters.
 */
@Configuration(proxyBeanMethods = false)
class PageContextResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final MessageSource messages;

	private final org.springframework.beans.factory.ObjectProvider<PlainLanguage> plainLanguage;

	private final org.springframework.beans.factory.ObjectProvider<HeaderBadge> badge;

	PageContextResolver(MessageSource messages,
			org.springframework.beans.factory.ObjectProvider<PlainLanguage> plainLanguage,
			org.springframework.beans.factory.ObjectProvider<HeaderBadge> badge) {
		this.messages = messages;
		this.plainLanguage = plainLanguage;
		this.badge = badge;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageContext.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return PageContextAdvice.of(request.getNativeRequest(HttpServletRequest.class), messages,
				plainLanguage.getIfAvailable(() -> PlainLanguage.NONE), badge.getIfAvailable(() -> HeaderBadge.NONE));
	}

}
