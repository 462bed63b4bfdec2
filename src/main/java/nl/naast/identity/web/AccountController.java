package nl.naast.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.identity.Sessions;

/** The signed-in person's own account page ("Mijn account"). */
@Controller
class AccountController {

	private final Sessions sessions;

	AccountController(Sessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@RequestParam(defaultValue = "false") boolean othersEnded, Model model) {
		model.addAttribute("othersEnded", othersEnded);
		model.addAttribute("idleMinutes", sessions.idleTimeout().toMinutes());
		model.addAttribute("absoluteHours", sessions.absoluteTimeout().toHours());
		return "identity/account";
	}

	/** "Overal uitloggen": every other browser and device; this one stays signed in. */
	@PostMapping("/account/sessions/end")
	String endOtherSessions(HttpServletRequest request) {
		sessions.endOtherSessions(request);
		return "redirect:/account?othersEnded=true";
	}

}
