package nl.naast.story.web;

import java.util.List;
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

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;
import nl.naast.story.Analyses;

/** The explanatory analysis (/families/{id}/story/analysis). */
@Controller
class AnalysisController {

	static final String ANALYSIS = "/families/{id}/story/analysis";

	private final Analyses analyses;

	AnalysisController(Analyses analyses) {
		this.analyses = analyses;
	}

	@GetMapping(ANALYSIS)
	String analysis(@PathVariable UUID id, Model model) {
		return page(id, model, "", FormErrors.none(), Map.of(), false, null);
	}

	@PostMapping(ANALYSIS + "/factors")
	String addFactor(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) List<String> evidence, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "factor", request, model, redirect, "analysis.notice.factor",
				() -> analyses.addFactor(id, kind, name, description, evidence));
	}

	@PostMapping(ANALYSIS + "/factors/{factorId}/evidence")
	String addEvidence(@PathVariable UUID id, @PathVariable UUID factorId,
			@RequestParam(required = false) List<String> evidence, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "evidence-" + factorId, request, model, redirect, "analysis.notice.evidence",
				() -> analyses.addEvidence(id, factorId, evidence));
	}

	/**
	 * Asks first when the factor has links; then removes it and its links, kept in the
	 * history.
	 */
	@PostMapping(ANALYSIS + "/factors/{factorId}/remove")
	String removeFactor(@PathVariable UUID id, @PathVariable UUID factorId,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			if (!analyses.removeFactor(id, factorId, confirmed)) {
				return page(id, model, "", FormErrors.none(), Map.of(), false, factorId);
			}
		}
		catch (ConcurrentEditException e) {
			return page(id, model, "", FormErrors.none(), Map.of(), true, null);
		}
		redirect.addFlashAttribute("notice", "analysis.notice.removed");
		return "redirect:/families/" + id + "/story/analysis";
	}

	@PostMapping(ANALYSIS + "/links")
	String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String saysWho,
			@RequestParam(defaultValue = "") String note, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "link", request, model, redirect, "analysis.notice.link",
				() -> analyses.link(id, from, to, saysWho, note));
	}

	@PostMapping(ANALYSIS + "/links/{linkId}/remove")
	String unlink(@PathVariable UUID id, @PathVariable UUID linkId, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "", request, model, redirect, "analysis.notice.unlinked", () -> {
			analyses.unlink(id, linkId);
			return FormErrors.none();
		});
	}

	@PostMapping(ANALYSIS + "/questions")
	String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String question,
			@RequestParam(defaultValue = "") String whoCouldKnow, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "question", request, model, redirect, "analysis.notice.question",
				() -> analyses.ask(id, question, whoCouldKnow));
	}

	@PostMapping(ANALYSIS + "/questions/{questionId}")
	String updateQuestion(@PathVariable UUID id, @PathVariable UUID questionId,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "question-" + questionId, request, model, redirect, "analysis.notice.questionUpdated",
				() -> analyses.updateQuestion(id, questionId, status, answer, version));
	}

	@PostMapping(ANALYSIS + "/explanation")
	String explain(@PathVariable UUID id, @RequestParam(defaultValue = "") String words,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "explanation", request, model, redirect, "analysis.notice.explanation",
				() -> analyses.explain(id, words, version));
	}

	@PostMapping(ANALYSIS + "/possibilities")
	String addPossibility(@PathVariable UUID id, @RequestParam(defaultValue = "") String what,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, "possibility", request, model, redirect, "analysis.notice.possibility",
				() -> analyses.addPossibility(id, what));
	}

	@PostMapping(ANALYSIS + "/possibilities/{possibilityId}/goal")
	String makeGoal(@PathVariable UUID id, @PathVariable UUID possibilityId,
			@RequestParam(defaultValue = "") String horizon, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, "goal-" + possibilityId, request, model, redirect, "analysis.notice.goal",
				() -> analyses.makeGoal(id, possibilityId, horizon, version));
	}

	@PostMapping(ANALYSIS + "/versions")
	String saveVersion(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return attempt(id, "version", request, model, redirect, "analysis.notice.version",
				() -> analyses.saveVersion(id, note));
	}

	@GetMapping(ANALYSIS + "/versions/{versionId}")
	String version(@PathVariable UUID id, @PathVariable UUID versionId, Model model) {
		model.addAttribute("familyId", id);
		model.addAttribute("version", analyses.version(id, versionId));
		return "story/version";
	}

	private String attempt(UUID id, String formId, HttpServletRequest request, Model model, RedirectAttributes redirect,
			String notice, Supplier<FormErrors> change) {
		return FormSubmission.handle(request, change,
				back -> page(id, model, formId, back.errors(), back.typed(), back.conflict(), null), () -> {
					redirect.addFlashAttribute("notice", notice);
					return "redirect:/families/" + id + "/story/analysis";
				});
	}

	private String page(UUID id, Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict, UUID confirmRemoval) {
		model.addAttribute("view", analyses.view(id));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		model.addAttribute("confirmRemoval", confirmRemoval);
		return "story/analysis";
	}

}
