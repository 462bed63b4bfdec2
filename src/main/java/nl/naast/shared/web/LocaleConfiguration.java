package nl.naast.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first, English second; the choice made with the language switch is kept in a
 * cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

	LocaleConfiguration() {
		// outside a request (seeding the demo, scheduled work) Naast writes Dutch,
		// whatever
		// the language of the machine it runs on
		org.springframework.context.i18n.LocaleContextHolder.setDefaultLocale(Locale.forLanguageTag("nl"));
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("naast-lang");
		resolver.setDefaultLocale(Locale.forLanguageTag("nl"));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLocaleOnly(interceptor));
	}

	/** Only languages Naast has texts for can be chosen; anything else is ignored. */
	private static final class SupportedLocaleOnly implements org.springframework.web.servlet.HandlerInterceptor {

		private final LocaleChangeInterceptor delegate;

		SupportedLocaleOnly(LocaleChangeInterceptor delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler)
				throws jakarta.servlet.ServletException {
			String lang = request.getParameter("lang");
			if (lang != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
				return delegate.preHandle(request, response, handler);
			}
			return true;
		}

	}

}
