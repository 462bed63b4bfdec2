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

	private final SecondFactor secondFactor;

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String resent, Model model) {
		if (!secondFactor.pending()) {
			return "redirect:/";
		}
		secondFactor.sendCodeIfNone();
		return show(model, FormErrors.none(), resent != null, "");
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
			return show(model, errors, false, code);
		}
		return switch (secondFactor.complete(code, request, response)) {
			case COMPLETED -> "redirect:/";
			// the typed code stays in the field, so a typo can be seen and mended
			case WRONG -> show(model, errors.add("code", "code.wrong"), false, code);
			case EXPIRED -> show(model, errors.add("code", "code.expired"), false, code);
		};
	}

	@PostMapping(PATH + "/new")
	String sendNew() {
		if (!secondFactor.pending()) {
			return "redirect:/";
		}
		secondFactor.sendNewCode();
		return "redirect:" + PATH + "?resent";
	}

	private static String show(Model model, FormErrors errors, boolean resent, String code) {
		model.addAttribute("errors", errors);
		model.addAttribute("code", code.length() > 12 ? code.substring(0, 12) : code);
		model.addAttribute("resent", resent);
		return "identity/code";
	}

}
