package nl.naast.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Passkeys;

/** "My account": who you are here, and your passkeys. */
@Controller
class AccountController {

	static final String PATH = "/account";

	private final Accounts accounts;

	private final Passkeys passkeys;

	AccountController(Accounts accounts, Passkeys passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
	}

	@GetMapping(PATH)
	String account(Model model) {
		AccountSummary me = accounts.find(accounts.current().accountId()).orElseThrow();
		model.addAttribute("account", me);
		model.addAttribute("passkeys", passkeys.mine());
		return "identity/account";
	}

	/**
	 * Without JavaScript the form posts here; the removal is for one's own passkey only.
	 */
	@PostMapping(PATH + "/passkeys/remove")
	String remove(@RequestParam(defaultValue = "") String passkey) {
		return passkeys.remove(passkey) ? "redirect:" + PATH + "?removed" : "redirect:" + PATH + "?notFound";
	}

}
