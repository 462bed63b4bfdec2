package nl.naast.demands.web;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.demands.DemandForm;
import nl.naast.demands.Demands;
import nl.naast.demands.Mark;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.web.FormErrors;

/** What is asked of the family (/families/{id}/demands). */
@Controller
class DemandsController {

	static final String DEMANDS = "/families/{id}/demands";

	private final Demands demands;

	DemandsController(Demands demands) {
		this.demands = demands;
	}

	@GetMapping(DEMANDS)
	String page(@PathVariable UUID id, Model model) {
		return page(id, model, "", FormErrors.none(), DemandForm.blank(), "", false);
	}

	@PostMapping(DEMANDS)
	String record(@PathVariable UUID id, DemandForm form, Model model, RedirectAttributes redirect) {
		Demands.Recorded recorded = demands.record(id, form);
		if (!recorded.ok()) {
			return page(id, model, "new", recorded.errors(), form, "", false);
		}
		redirect.addFlashAttribute("notice", recorded.clashes() ? "demands.notice.clash"
				: recorded.contradicts() ? "demands.notice.contradiction" : "demands.notice.recorded");
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/{demandId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID demandId, @RequestParam(defaultValue = "-1") int version,
			Model model, RedirectAttributes redirect) {
		try {
			demands.done(id, demandId, version);
		}
		catch (ConcurrentEditException e) {
			return page(id, model, "", FormErrors.none(), DemandForm.blank(), "", true);
		}
		redirect.addFlashAttribute("notice", "demands.notice.done");
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/{demandId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID demandId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		try {
			FormErrors errors = demands.withdraw(id, demandId, reason, version);
			if (!errors.isEmpty()) {
				return page(id, model, "withdraw-" + demandId, errors, DemandForm.blank(), reason, false);
			}
		}
		catch (ConcurrentEditException e) {
			return page(id, model, "withdraw-" + demandId, FormErrors.none(), DemandForm.blank(), reason, true);
		}
		redirect.addFlashAttribute("notice", "demands.notice.withdrawn");
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/{demandId}/change")
	String change(@PathVariable UUID id, @PathVariable UUID demandId, DemandForm form,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "-1") int version, Model model,
			RedirectAttributes redirect) {
		try {
			Demands.Recorded changed = demands.change(id, demandId, form, reason, version);
			if (!changed.ok()) {
				model.addAttribute("changeForm", form);
				return page(id, model, "change-" + demandId, changed.errors(), DemandForm.blank(), reason, false);
			}
			redirect.addFlashAttribute("notice", changed.clashes() ? "demands.notice.clash"
					: changed.contradicts() ? "demands.notice.contradiction" : "demands.notice.changed");
		}
		catch (ConcurrentEditException e) {
			model.addAttribute("changeForm", form);
			return page(id, model, "change-" + demandId, FormErrors.none(), DemandForm.blank(), reason, true);
		}
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/{demandId}/contradiction")
	String link(@PathVariable UUID id, @PathVariable UUID demandId, @RequestParam(defaultValue = "") String other,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		FormErrors errors = demands.link(id, demandId, other, note);
		if (!errors.isEmpty()) {
			return page(id, model, "link-" + demandId, errors, DemandForm.blank(), note, false);
		}
		redirect.addFlashAttribute("notice", "demands.notice.linked");
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/contradictions/{contradictionId}/resolve")
	String resolve(@PathVariable UUID id, @PathVariable UUID contradictionId,
			@RequestParam(defaultValue = "") String resolution, Model model, RedirectAttributes redirect) {
		try {
			FormErrors errors = demands.resolve(id, contradictionId, resolution);
			if (!errors.isEmpty()) {
				return page(id, model, "resolve-" + contradictionId, errors, DemandForm.blank(), resolution, false);
			}
		}
		catch (ConcurrentEditException e) {
			return page(id, model, "", FormErrors.none(), DemandForm.blank(), "", true);
		}
		redirect.addFlashAttribute("notice", "demands.notice.resolved");
		return "redirect:/families/" + id + "/demands";
	}

	@PostMapping(DEMANDS + "/{demandId}/mark")
	String mark(@PathVariable UUID id, @PathVariable UUID demandId, @RequestParam(required = false) String mark,
			@RequestParam(defaultValue = "") String words, Model model, RedirectAttributes redirect) {
		Mark.Kind kind = Arrays.stream(Mark.Kind.values()).filter(k -> k.name().equals(mark)).findFirst().orElse(null);
		FormErrors errors = demands.mark(id, demandId, kind, words);
		if (!errors.isEmpty()) {
			return page(id, model, "mark-" + demandId, errors, DemandForm.blank(), words, false);
		}
		redirect.addFlashAttribute("notice", "demands.notice.marked");
		return "redirect:/families/" + id + "/demands";
	}

	private String page(UUID id, Model model, String pendingFor, FormErrors errors, DemandForm form, String text,
			boolean conflict) {
		model.addAttribute("view", demands.view(id));
		model.addAttribute("pendingFor", pendingFor);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("typedText", text);
		model.addAttribute("conflict", conflict);
		if (!model.containsAttribute("changeForm")) {
			model.addAttribute("changeForm", DemandForm.blank());
		}
		return "demands/demands";
	}

}
