package nl.naast.identity.web;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.identity.AccountRoleConflictException;
import nl.naast.identity.Accounts;
import nl.naast.identity.OrganisationKind;
import nl.naast.identity.OrganisationSignIns;
import nl.naast.identity.Organisations;
import nl.naast.identity.Role;
import nl.naast.shared.Ids;
import nl.naast.shared.PageRequest;
import nl.naast.shared.web.FormErrors;

/** Administrators keep accounts and organisations. They never open a family file. */
@Controller
class AdminController {

	private final Accounts accounts;

	private final Organisations organisations;

	private final OrganisationSignIns signIns;

	AdminController(Accounts accounts, Organisations organisations, OrganisationSignIns signIns) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.signIns = signIns;
	}

	@GetMapping("/admin")
	String index() {
		return "identity/admin";
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		return accountsPage(model, q, page, new AccountForm("", "", "", ""), FormErrors.none());
	}

	@PostMapping("/admin/accounts")
	String createAccount(AccountForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = form.validate(organisations);
		if (errors.isEmpty()) {
			try {
				accounts.invite(form.email().strip(), form.name().strip(), Role.valueOf(form.role()),
						Ids.parse(form.organisation()).orElse(null));
				redirect.addFlashAttribute("created", form.email().strip());
				return "redirect:/admin/accounts";
			}
			catch (AccountRoleConflictException e) {
				errors.add("email", "admin.accounts.emailTaken");
			}
		}
		return accountsPage(model, null, null, form, errors);
	}

	@PostMapping("/admin/accounts/enabled")
	String setEnabled(@RequestParam UUID account, @RequestParam boolean enabled) {
		// an administrator cannot lock themselves out
		if (!account.equals(accounts.current().accountId())) {
			accounts.setEnabled(account, enabled);
		}
		return "redirect:/admin/accounts";
	}

	private String accountsPage(Model model, String q, Integer page, AccountForm form, FormErrors errors) {
		model.addAttribute("query", q == null ? "" : q);
		model.addAttribute("accounts", accounts.search(q, PageRequest.of(page)));
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("self", accounts.current().accountId().toString());
		if (!model.containsAttribute("created")) {
			model.addAttribute("created", "");
		}
		return "identity/accounts";
	}

	@GetMapping("/admin/organisations")
	String organisations(Model model) {
		return organisationsPage(model, new OrganisationForm("", ""), FormErrors.none());
	}

	@PostMapping("/admin/organisations")
	String createOrganisation(OrganisationForm form, Model model) {
		FormErrors errors = form.validate(organisations);
		if (errors.isEmpty()) {
			organisations.create(form.name().strip(), OrganisationKind.valueOf(form.kind()));
			return "redirect:/admin/organisations";
		}
		return organisationsPage(model, form, errors);
	}

	private String organisationsPage(Model model, OrganisationForm form, FormErrors errors) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("signInOn", signIns.switchedOn());
		model.addAttribute("kinds", Arrays.asList(OrganisationKind.values()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "identity/organisations";
	}

}
