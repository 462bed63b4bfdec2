package nl.naast.identity.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.OrganisationSignIns;
import nl.naast.identity.Role;

/** Sign-in, and the start page that sends each person where their work is. */
@Controller
class SignInController {

	/** The demo accounts shown on the sign-in page while the demo profile is active. */
	static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
			new DemoAccount("coordinator@naast.test", "role.COORDINATOR"),
			new DemoAccount("partner@naast.test", "role.PARTNER"), new DemoAccount("parent@naast.test", "role.PARENT"),
			new DemoAccount("youth@naast.test", "role.YOUTH"), new DemoAccount("manager@naast.test", "role.MANAGER"),
			new DemoAccount("admin@naast.test", "role.ADMIN"), new DemoAccount("trainer@naast.test", "role.TRAINER"));

	private final Accounts accounts;

	private final OrganisationSignIns organisations;

	private final boolean demo;

	SignInController(Accounts accounts, OrganisationSignIns organisations,
			@Value("${naast.demo.enabled:false}") boolean demo) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoAccounts", demo ? DEMO_ACCOUNTS : List.of());
		// one more than is shown: then the page links to the search instead
		var choices = organisations.choices("", OrganisationSignInController.SHOWN_ON_SIGN_IN_PAGE + 1);
		boolean many = choices.size() > OrganisationSignInController.SHOWN_ON_SIGN_IN_PAGE;
		model.addAttribute("organisationChoices", many ? List.of() : choices);
		model.addAttribute("manyOrganisations", many);
		return "identity/login";
	}

	@GetMapping("/")
	String home() {
		CurrentUser user = accounts.current();
		if (user.role() == Role.TRAINER) {
			return "redirect:/admin/trainings";
		}
		return user.role() == Role.ADMIN ? "redirect:/admin" : "redirect:/families";
	}

}
