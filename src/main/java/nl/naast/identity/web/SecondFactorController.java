package nl.naast.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.naast.identity.SecondFactor;
import nl.naast.shared.web.FormErrors;

/**
 * The second sign-in step: the code from the e-mail, or a passkey instead.
 */
@Controller
class SecondFactorController {

	static final String PATH = "/login/code";

	/** Where a person goes after too many wrong codes: signed out, with a message. */
	private static final String LOCKED = "redirect:/login?codeLocked";

	private final SecondFactor secondFactor;

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String resent, @RequestParam(required = false) String limited,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!secondFactor.pending()) {
			return "redirect:/";
		}
		return switch (secondFactor.sendCodeIfNone(request, response)) {
			case LOCKED -> LOCKED;
			case READY -> show(model, FormErrors.none(), resent != null, limited != null ? "code.limited" : null, "");
			// the last code ran out of tries: say so, and let the person ask for a new
			// one
			case SPENT -> show(model, FormErrors.none(), false, "code.expired", "");
			case TOO_MANY_CODES -> show(model, FormErrors.none(), false, "code.limited", "");
		};
	}

	@PostMapping(PATH)
	String complete(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!secondFactor.pending()) {
			return "redirect:/";
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("code.label"));
		if (code.isBlank()) {
			errors.add("code", "code.missing");
			return show(model, errors, false, null, code);
		}
		return switch (secondFactor.complete(code, request, response)) {
			case COMPLETED -> "redirect:/";
			// the typed code stays in the field, so a typo can be seen and mended
			case WRONG -> show(model, errors.add("code", "code.wrong"), false, null, code);
			case EXPIRED -> show(model, errors.add("code", "code.expired"), false, null, code);
			case LOCKED -> LOCKED;
		};
	}

	@PostMapping(PATH + "/new")
	String sendNew(HttpServletRequest request, HttpServletResponse response) {
		if (!secondFactor.pending()) {
			return "redirect:/";
		}
		return switch (secondFactor.sendNewCode(request, response)) {
			case LOCKED -> LOCKED;
			case TOO_MANY_CODES -> "redirect:" + PATH + "?limited";
			case READY, SPENT -> "redirect:" + PATH + "?resent";
		};
	}

	private static String show(Model model, FormErrors errors, boolean resent, String notice, String code) {
		model.addAttribute("errors", errors);
		model.addAttribute("code", code.length() > 12 ? code.substring(0, 12) : code);
		model.addAttribute("resent", resent);
		model.addAttribute("notice", notice);
		return "identity/code";
	}

}
