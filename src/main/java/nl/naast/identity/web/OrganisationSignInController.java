package nl.naast.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.naast.identity.Organisation;
import nl.naast.identity.OrganisationSignIns;
import nl.naast.identity.Organisations;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;

/**
 * Sign-in through an organisation's own identity provider: administrators set it per
 * organisation; professionals choose their organisation on the sign-in page.
 */
@Controller
class OrganisationSignInController {

	/** On the sign-in page itself; more than this and people search on their own page. */
	static final int SHOWN_ON_SIGN_IN_PAGE = 5;

	private final Organisations organisations;

	private final OrganisationSignIns signIns;

	OrganisationSignInController(Organisations organisations, OrganisationSignIns signIns) {
		this.organisations = organisations;
		this.signIns = signIns;
	}

	@GetMapping("/login/organisation")
	String choose(@RequestParam(required = false) String q, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("query", query.length() > 100 ? query.substring(0, 100) : query);
		model.addAttribute("choices", signIns.choices(query.length() > 100 ? query.substring(0, 100) : query, 50));
		return "identity/login-organisation";
	}

	@GetMapping("/admin/organisations/{organisationId}/sign-in")
	String settings(@PathVariable("organisationId") UUID id, Model model) {
		Organisation organisation = organisation(id);
		return page(model, organisation,
				signIns.of(id).map(SignInSettingsForm::of).orElseGet(SignInSettingsForm::blank), FormErrors.none(),
				false);
	}

	@PostMapping("/admin/organisations/{organisationId}/sign-in")
	String save(@PathVariable("organisationId") UUID id, SignInSettingsForm form, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = organisation(id);
		// the stored secret is kept only for the same provider and client it was given
		// for
		boolean secretKept = signIns.of(id)
			.filter(stored -> stored.issuerUri().equals(form.issuerUri()) && stored.clientId().equals(form.clientId()))
			.isPresent() && form.seenVersion() != null;
		FormErrors errors = form.validate(secretKept, signIns);
		if (errors.isEmpty() && form.switchedOn() && !signIns.providerAnswers(form.issuerUri())) {
			errors.add("issuerUri", "admin.signIn.providerSilent");
		}
		if (!errors.isEmpty()) {
			return page(model, organisation, form, errors, false);
		}
		try {
			signIns.save(id, form.settings(), form.clientSecret(), form.seenVersion());
		}
		catch (ConcurrentEditException e) {
			return page(model, organisation,
					signIns.of(id).map(SignInSettingsForm::of).orElseGet(SignInSettingsForm::blank), FormErrors.none(),
					true);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/organisations/" + id + "/sign-in";
	}

	private String page(Model model, Organisation organisation, SignInSettingsForm form, FormErrors errors,
			boolean changedMeanwhile) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("secretStored", form.seenVersion() != null);
		model.addAttribute("changedMeanwhile", changedMeanwhile);
		// the address the provider sends people back to; it must be registered there
		model.addAttribute("redirectUri",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/login/oauth2/code/" + organisation.id())
					.toUriString());
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", false);
		}
		return "identity/organisation-sign-in";
	}

	private Organisation organisation(UUID id) {
		return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
	}

}
