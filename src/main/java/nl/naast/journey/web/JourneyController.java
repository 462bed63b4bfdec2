package nl.naast.journey.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.journey.Journeys;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/**
 * The family's journey (/families/{id}/journey), and the trends of professionals and
 * managers.
 */
@Controller
class JourneyController {

	static final String JOURNEY = "/families/{id}/journey";

	private final Journeys journeys;

	JourneyController(Journeys journeys) {
		this.journeys = journeys;
	}

	@GetMapping(JOURNEY)
	String journey(@PathVariable UUID id, Model model) {
		return page(id, model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(JOURNEY + "/entries")
	String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String happenedOn, @RequestParam(defaultValue = "") String what,
			@RequestParam(defaultValue = "") String learned, @RequestParam(defaultValue = "") String doingNow,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, "entry", request, model, redirect, "journey.notice.written",
				() -> journeys.write(id, kind, happenedOn, what, learned, doingNow));
	}

	@PostMapping(JOURNEY + "/mood")
	String mood(@PathVariable UUID id, @RequestParam(defaultValue = "") String score,
			@RequestParam(defaultValue = "") String words, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "mood", request, model, redirect, "journey.notice.mood",
				() -> journeys.mood(id, score, words));
	}

	@PostMapping(JOURNEY + "/ratings")
	String rate(@PathVariable UUID id, @RequestParam(defaultValue = "") String professional,
			@RequestParam(defaultValue = "") String heard, @RequestParam(defaultValue = "") String important,
			@RequestParam(defaultValue = "") String fits, @RequestParam(defaultValue = "") String helps,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String rating,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "rate-" + professional, request, model, redirect, "journey.notice.rated",
				() -> journeys.rate(id, professional, heard, important, fits, helps, comment, rating, version));
	}

	@PostMapping(JOURNEY + "/notices/{noticeId}/response")
	String respond(@PathVariable UUID id, @PathVariable UUID noticeId, @RequestParam(defaultValue = "") String response,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, "notice-" + noticeId, request, model, redirect, "journey.notice.responded",
				() -> journeys.respond(id, noticeId, response));
	}

	@GetMapping("/journey/me")
	String mine(Model model) {
		model.addAttribute("cells", journeys.mine());
		model.addAttribute("manager", false);
		return "journey/trends";
	}

	@GetMapping("/journey/trends")
	String trends(Model model) {
		model.addAttribute("cells", journeys.perOrganisation());
		model.addAttribute("manager", true);
		return "journey/trends";
	}

	private String attempt(UUID id, String formId, HttpServletRequest request, Model model, RedirectAttributes redirect,
			String notice, Supplier<FormErrors> change) {
		return FormSubmission.handle(request, change,
				back -> page(id, model, formId, back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", notice);
					return "redirect:/families/" + id + "/journey";
				});
	}

	private String page(UUID id, Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("view", journeys.view(id));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "journey/journey";
	}

}
