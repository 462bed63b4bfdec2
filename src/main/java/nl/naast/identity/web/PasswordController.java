package nl.naast.identity.web;

import java.util.Optional;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.PasswordPolicy;
import nl.naast.shared.web.FormErrors;

/**
 * "Forgot password" and choosing a password through a one-time link (also used to
 * activate a new account).
 */
@Controller
class PasswordController {

	private final Accounts accounts;

	private final Executor background;

	PasswordController(Accounts accounts, @Qualifier("applicationTaskExecutor") Executor background) {
		this.accounts = accounts;
		this.background = background;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("sent", false);
		model.addAttribute("email", "");
		model.addAttribute("errors", FormErrors.none());
		return "identity/forgot";
	}

	/**
	 * The same answer whether or not the address is known: nobody learns who has an
	 * account. The link is made and mailed after the answer, so a known address does not
	 * take longer either (a mail server can take seconds).
	 */
	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("login.email"));
		if (email.isBlank() || email.length() > 320 || !email.contains("@")) {
			errors.add("email", "validation.email");
		}
		else {
			background.execute(() -> accounts.requestReset(email));
		}
		model.addAttribute("sent", errors.isEmpty());
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		return "identity/forgot";
	}

	@GetMapping("/password/choose")
	String choose(@RequestParam(defaultValue = "") String token, Model model) {
		Optional<AccountSummary> holder = accounts.linkHolder(token);
		model.addAttribute("token", token);
		model.addAttribute("valid", holder.isPresent());
		model.addAttribute("email", holder.map(AccountSummary::email).orElse(""));
		model.addAttribute("errors", FormErrors.none());
		return "identity/choose-password";
	}

	@PostMapping("/password/choose")
	String setPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, Model model) {
		Optional<AccountSummary> holder = accounts.linkHolder(token);
		FormErrors errors = FormErrors
			.labelledBy(field -> new FormErrors.Label("password".equals(field) ? "choose.password" : "choose.repeat"));
		if (holder.isPresent()) {
			PasswordPolicy.problem(password, holder.get().email(), holder.get().displayName())
				.ifPresent(key -> errors.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
			if (errors.isEmpty() && !password.equals(repeat)) {
				errors.add("repeat", "password.mismatch");
			}
			if (errors.isEmpty() && accounts.choosePassword(token, password)) {
				return "redirect:/login?chosen";
			}
		}
		model.addAttribute("token", token);
		model.addAttribute("valid", holder.isPresent() && !errors.isEmpty());
		model.addAttribute("email", holder.map(AccountSummary::email).orElse(""));
		model.addAttribute("errors", errors);
		return "identity/choose-password";
	}

}
