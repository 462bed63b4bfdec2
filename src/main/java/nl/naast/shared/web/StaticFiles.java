package nl.naast.shared.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Style sheets, scripts, images and fonts: the same for everyone, so serving them needs
 * nobody's session. With sessions in the database every look into a session is a query,
 * and a page brings several static files along.
 */
@Configuration(proxyBeanMethods = false)
public class StaticFiles {

	private static final List<String> FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/", "/fonts/");

	private static final String FAVICON = "/favicon.ico";

	/** The static files as request patterns, for the rules of who may see what. */
	public static final List<String> PATTERNS = Stream
		.concat(FOLDERS.stream().map(folder -> folder + "**"), Stream.of(FAVICON))
		.toList();

	/** Whether the request is for a static file. */
	public static boolean requested(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(FAVICON) || FOLDERS.stream().anyMatch(path::startsWith);
	}

	/**
	 * Spring's own flash attributes in the session (a message shown once after a
	 * redirect), except that a static file never shows one and does not look.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {
			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return requested(request) ? null : super.retrieveFlashMaps(request);
			}
		};
	}

}
