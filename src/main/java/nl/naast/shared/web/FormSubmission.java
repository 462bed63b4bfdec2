package nl.naast.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import nl.naast.shared.ConcurrentEditException;

/**
 * One way to handle a form on a page with many forms: on success whatever comes next (a
 * redirect with a notice); otherwise the page again, with what was typed and either what
 * to fix or "someone else changed this meanwhile".
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * A form that came back.
	 *
	 * @param typed every parameter as typed (the first value of each)
	 * @param conflict someone else changed the same thing first
	 */
	public record Returned(FormErrors errors, Map<String, String> typed, boolean conflict) {
	}

	public static String handle(HttpServletRequest request, Supplier<FormErrors> change,
			Function<Returned, String> again, Supplier<String> done) {
		try {
			FormErrors errors = change.get();
			if (!errors.isEmpty()) {
				return again.apply(new Returned(errors, typed(request), false));
			}
		}
		catch (ConcurrentEditException e) {
			return again.apply(new Returned(FormErrors.none(), typed(request), true));
		}
		return done.get();
	}

	public static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
		return typed;
	}

}
