package nl.naast.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Passkeys;
import nl.naast.identity.Sessions;

/** "My account": who you are here, your passkeys, and signing out everywhere else. */
@Controller
class AccountController {

	static final String PATH = "/account";

	private final Accounts accounts;

	private final Passkeys passkeys;

	private final Sessions sessions;

	AccountController(Accounts accounts, Passkeys passkeys, Sessions sessions) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.sessions = sessions;
	}

	@GetMapping(PATH)
	String account(@RequestParam(defaultValue = "false") boolean othersEnded, Model model) {
		AccountSummary me = accounts.find(accounts.current().accountId()).orElseThrow();
		model.addAttribute("account", me);
		model.addAttribute("passkeys", passkeys.mine());
		model.addAttribute("othersEnded", othersEnded);
		model.addAttribute("idleMinutes", sessions.idleTimeout().toMinutes());
		model.addAttribute("absoluteHours", sessions.absoluteTimeout().toHours());
		return "identity/account";
	}

	/**
	 * Without JavaScript the form posts here; the removal is for one's own passkey only.
	 */
	@PostMapping(PATH + "/passkeys/remove")
	String remove(@RequestParam(defaultValue = "") String passkey) {
		return passkeys.remove(passkey) ? "redirect:" + PATH + "?removed" : "redirect:" + PATH + "?notFound";
	}

	/** "Overal uitloggen": every other browser and device; this one stays signed in. */
	@PostMapping(PATH + "/sessions/end")
	String endOtherSessions(HttpServletRequest request) {
		sessions.endOtherSessions(request);
		return "redirect:" + PATH + "?othersEnded=true";
	}

}
