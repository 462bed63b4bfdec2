package nl.naast.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import nl.naast.shared.NotFoundException;

/**
 * Friendly error pages in the person's language. A person never sees an exception message
 * or stack trace: unknown and forbidden things look the same (404), anything unexpected
 * is a calm 500 page with a reference.
 */
final class ErrorPages {

	private ErrorPages() {
	}

	static ModelAndView page(HttpServletRequest request, MessageSource messages, HttpStatus status) {
		ModelAndView view = new ModelAndView("shared/error",
				Map.of("ctx", PageContextAdvice.of(request, messages, PlainLanguage.NONE, HeaderBadge.NONE), "status",
						status.value()));
		view.setStatus(status);
		return view;
	}

	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Handlers {

		private static final Logger log = LoggerFactory.getLogger(Handlers.class);

		private final MessageSource messages;

		Handlers(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class,
				NoResourceFoundException.class, MissingServletRequestParameterException.class })
		ModelAndView notFound(HttpServletRequest request, Exception e) {
			log.debug("Not found: {}", e.getMessage());
			return page(request, messages, HttpStatus.NOT_FOUND);
		}

		/** A file far over any limit never reaches the page that would explain it. */
		@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
		ModelAndView tooLarge(HttpServletRequest request) {
			return page(request, messages, HttpStatus.PAYLOAD_TOO_LARGE);
		}

		/**
		 * Anything unexpected: logged with the request id, answered with a calm page.
		 * Whatever the request was about to show is not shown: its transaction was rolled
		 * back before this runs.
		 */
		@ExceptionHandler(RuntimeException.class)
		ModelAndView unexpected(HttpServletRequest request, RuntimeException e) {
			if (e instanceof org.springframework.security.access.AccessDeniedException
					|| e instanceof org.springframework.security.core.AuthenticationException) {
				throw e;
			}
			if (Fallback.tooLarge(e)) {
				// reading the parameters of an upload over the limit fails wherever it is
				// tried, also while the error page is shown
				return page(request, messages, HttpStatus.PAYLOAD_TOO_LARGE);
			}
			log.error("Unexpected failure in {} {}", request.getMethod(), request.getRequestURI(), e);
			return page(request, messages, HttpStatus.INTERNAL_SERVER_ERROR);
		}

	}

	/**
	 * Renders what the servlet container reports: 404 for unmapped paths, 403, and 500
	 * for failures.
	 */
	@Controller
	static class Fallback implements ErrorController {

		private final MessageSource messages;

		Fallback(MessageSource messages) {
			this.messages = messages;
		}

		@RequestMapping("/error")
		ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
					? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
			if (tooLarge((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
				status = HttpStatus.PAYLOAD_TOO_LARGE;
			}
			return page(request, messages, status);
		}

		/**
		 * An upload over the limit is refused while the request is read, before any
		 * controller: the cause tells.
		 */
		static boolean tooLarge(Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
						|| t.getClass().getSimpleName().contains("SizeLimitExceeded")) {
					return true;
				}
			}
			return false;
		}

	}

}
