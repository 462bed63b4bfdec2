package nl.naast.erasure.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.erasure.ErasureRequests;
import nl.naast.erasure.ErasureRequests.Decision;
import nl.naast.shared.web.FormErrors;

/**
 * "Verwijder mijn gegevens": the family's page to ask and see where the request stands,
 * and the deciders' list.
 */
@Controller
class ErasureController {

	static final String FAMILY = "/families/{id}/erasure";

	static final String QUEUE = "/erasure-requests";

	static final String DECIDE = "/erasure-requests/{erasureRequestId}/decision";

	private final ErasureRequests requests;

	ErasureController(ErasureRequests requests) {
		this.requests = requests;
	}

	@GetMapping(FAMILY)
	String family(@PathVariable("id") UUID familyId, Model model) {
		model.addAttribute("view", requests.forFamily(familyId));
		return "erasure/family";
	}

	@PostMapping(FAMILY)
	String request(@PathVariable("id") UUID familyId) {
		requests.request(familyId);
		return "redirect:/families/" + familyId + "/erasure?asked";
	}

	@GetMapping(QUEUE)
	String queue(Model model) {
		return queuePage(model, null, FormErrors.none(), "");
	}

	@PostMapping(DECIDE)
	String decide(@PathVariable("erasureRequestId") UUID requestId, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "0") int version,
			Model model) {
		Decision decision = requests.decide(requestId, "approve".equals(outcome), reason, version);
		return switch (decision) {
			case DONE -> "redirect:" + QUEUE + "?decided";
			case REASON_MISSING ->
				queuePage(model, requestId, FormErrors.none().add("reason", "erasure.reason.missing"), reason);
			case REASON_TOO_LONG ->
				queuePage(model, requestId, FormErrors.none().add("reason", "erasure.reason.tooLong", 1000), reason);
			case HELD -> queuePage(model, requestId, FormErrors.none().add("reason", "erasure.held"), reason);
			case CHANGED -> queuePage(model, requestId, FormErrors.none().add("reason", "erasure.changed"), reason);
		};
	}

	private String queuePage(Model model, UUID failed, FormErrors errors, String reason) {
		model.addAttribute("queue", requests.queue());
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		model.addAttribute("reason", reason);
		return "erasure/queue";
	}

}
