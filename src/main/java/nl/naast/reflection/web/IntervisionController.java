package nl.naast.reflection.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.reflection.Intervision;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/** Case questions and intervision sessions. */
@Controller
class IntervisionController {

	private static final String BASE = "/reflection/intervision";

	private final Intervision intervision;

	IntervisionController(Intervision intervision) {
		this.intervision = intervision;
	}

	@GetMapping(BASE)
	String overview(Model model) {
		return page(model, "", FormErrors.none(), Map.of());
	}

	@PostMapping(BASE + "/questions")
	String prepare(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String summary,
			@RequestParam(defaultValue = "") String family, @RequestParam(defaultValue = "") String session,
			@RequestParam(defaultValue = "false") boolean identifiers, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> intervision.prepare(question, summary, family, session, identifiers),
				back -> page(model, "question", back.errors(), back.typed()), () -> {
					redirect.addFlashAttribute("notice", "reflection.question.prepared");
					return "redirect:" + BASE;
				});
	}

	@PostMapping(BASE + "/sessions")
	String plan(@RequestParam(defaultValue = "") String heldOn, @RequestParam(defaultValue = "") String topic,
			@RequestParam(required = false) List<String> participants, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> intervision.plan(heldOn, topic, participants), back -> {
			model.addAttribute("chosen", participants == null ? List.of() : participants);
			return page(model, "session", back.errors(), back.typed());
		}, () -> {
			redirect.addFlashAttribute("notice", "reflection.session.planned");
			return "redirect:" + BASE;
		});
	}

	@GetMapping(BASE + "/sessions/{sessionId}")
	String session(@PathVariable UUID sessionId, Model model) {
		return sessionPage(sessionId, model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(BASE + "/sessions/{sessionId}")
	String record(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String questionsAsked,
			@RequestParam(defaultValue = "") String learned, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "false") boolean identifiers, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> intervision.record(sessionId, questionsAsked, learned, version, identifiers),
				back -> sessionPage(sessionId, model, "record", back.errors(), back.typed(), back.conflict()),
				() -> sessionDone(sessionId, redirect, "reflection.session.recorded"));
	}

	@PostMapping(BASE + "/sessions/{sessionId}/questions")
	String bring(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String question,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> intervision.bring(sessionId, question),
				back -> sessionPage(sessionId, model, "bring", back.errors(), back.typed(), false),
				() -> sessionDone(sessionId, redirect, "reflection.session.brought"));
	}

	private static String sessionDone(UUID sessionId, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + BASE + "/sessions/" + sessionId;
	}

	private String page(Model model, String formId, FormErrors errors, Map<String, String> typed) {
		model.addAttribute("overview", intervision.overview());
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "reflection/intervision";
	}

	private String sessionPage(UUID id, Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("session", intervision.session(id));
		model.addAttribute("waiting", intervision.waiting());
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "reflection/session";
	}

}
