package nl.naast.emergency.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.access.EmergencyAccess;
import nl.naast.emergency.EmergencyDesk;
import nl.naast.shared.web.FormErrors;

/**
 * Reviewing uses of the emergency procedure afterwards, by managers and administrators;
 * never by whoever opened the file.
 */
@Controller
class EmergencyReviewController {

	static final String LIST = "/emergency-reviews";

	static final String REVIEW = "/emergency-reviews/{emergencyId}";

	private final EmergencyDesk desk;

	EmergencyReviewController(EmergencyDesk desk) {
		this.desk = desk;
	}

	@GetMapping(LIST)
	String list(Model model) {
		return page(model, null, FormErrors.none(), null, "", "");
	}

	@PostMapping(REVIEW)
	String review(@PathVariable UUID emergencyId, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, @RequestParam(required = false) String version, Model model,
			HttpServletResponse response) {
		EmergencyDesk.Reviewing reviewing = desk.review(emergencyId, outcome, note, version);
		if (reviewing.result() == EmergencyAccess.Review.REVIEWED) {
			return "redirect:" + LIST + "?reviewed";
		}
		if (reviewing.result() == EmergencyAccess.Review.SAME_PERSON) {
			// four eyes: refused, and said so
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		}
		else if (reviewing.result() == EmergencyAccess.Review.CHANGED) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return page(model, emergencyId, reviewing.errors(),
				reviewing.result() == null ? null : reviewing.result().name(), outcome == null ? "" : outcome,
				note == null ? "" : note);
	}

	private String page(Model model, UUID failed, FormErrors errors, String refusal, String outcome, String note) {
		model.addAttribute("reviews", desk.reviews());
		model.addAttribute("failed", failed == null ? "" : failed.toString());
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("outcome", outcome);
		model.addAttribute("note", note);
		return "emergency/reviews";
	}

}
