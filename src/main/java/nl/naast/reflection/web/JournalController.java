package nl.naast.reflection.web;

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

import nl.naast.reflection.DoubtJournal;
import nl.naast.shared.PageRequest;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/** The private doubt journal: /reflection is where reflection starts. */
@Controller
class JournalController {

	private final DoubtJournal journal;

	JournalController(DoubtJournal journal) {
		this.journal = journal;
	}

	@GetMapping("/reflection")
	String journal(@RequestParam(required = false) Integer page, Model model) {
		return page(page, model, FormErrors.none(), Map.of());
	}

	@PostMapping("/reflection/journal")
	String write(@RequestParam(defaultValue = "") String knew, @RequestParam(defaultValue = "") String notKnown,
			@RequestParam(defaultValue = "") String assumed, @RequestParam(defaultValue = "") String tomorrow,
			@RequestParam(defaultValue = "") String freeText, @RequestParam(defaultValue = "") String family,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> journal.write(knew, notKnown, assumed, tomorrow, freeText, family),
				back -> page(0, model, back.errors(), back.typed()), () -> {
					redirect.addFlashAttribute("notice", "reflection.journal.written");
					return "redirect:/reflection";
				});
	}

	@GetMapping("/reflection/journal/{journalEntryId}")
	String entry(@PathVariable UUID journalEntryId, Model model) {
		return entryPage(journalEntryId, model, FormErrors.none(), null, false);
	}

	@PostMapping("/reflection/journal/{journalEntryId}")
	String change(@PathVariable UUID journalEntryId, @RequestParam(defaultValue = "") String knew,
			@RequestParam(defaultValue = "") String notKnown, @RequestParam(defaultValue = "") String assumed,
			@RequestParam(defaultValue = "") String tomorrow, @RequestParam(defaultValue = "") String freeText,
			@RequestParam(defaultValue = "") String family, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> journal.change(journalEntryId, knew, notKnown, assumed, tomorrow, freeText, family, version),
				back -> entryPage(journalEntryId, model, back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "reflection.journal.changed");
					return "redirect:/reflection";
				});
	}

	@PostMapping("/reflection/journal/{journalEntryId}/delete")
	String delete(@PathVariable UUID journalEntryId, RedirectAttributes redirect) {
		journal.delete(journalEntryId);
		redirect.addFlashAttribute("notice", "reflection.journal.deleted");
		return "redirect:/reflection";
	}

	private String page(Integer page, Model model, FormErrors errors, Map<String, String> typed) {
		model.addAttribute("page", journal.mine(PageRequest.of(page)));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "reflection/journal";
	}

	private String entryPage(UUID id, Model model, FormErrors errors, Map<String, String> typed, boolean conflict) {
		model.addAttribute("page", journal.entry(id));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "reflection/entry";
	}

}
