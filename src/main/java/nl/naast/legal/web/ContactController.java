package nl.naast.legal.web;

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

import nl.naast.legal.Contacts;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/** Contact (omgang) between parents and children: /families/{id}/contact. */
@Controller
class ContactController {

	static final String CONTACT = "/families/{id}/contact";

	private final Contacts contacts;

	ContactController(Contacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping(CONTACT)
	String contact(@PathVariable UUID id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model) {
		FormErrors periodErrors = FormErrors.none();
		model.addAttribute("view", contacts.view(id, from, to, periodErrors));
		model.addAttribute("periodErrors", periodErrors);
		model.addAttribute("period", Map.of("from", from, "to", to));
		model.addAttribute("formId", "");
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("typed", Map.of());
		return "legal/contact";
	}

	@PostMapping(CONTACT + "/arrangements")
	String arrange(@PathVariable UUID id, @RequestParam(defaultValue = "") String child,
			@RequestParam(defaultValue = "") String frequency, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "false") String supervised, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String setBy, @RequestParam(defaultValue = "") String since,
			@RequestParam(defaultValue = "") String endedOn, @RequestParam(defaultValue = "") String note,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> contacts.arrange(id, child, frequency, minutes, supervised, place, setBy, since, endedOn, note),
				back -> page(id, model, "arrangement", back), () -> done(id, redirect, "legal.notice.arranged"));
	}

	/** Corrects an arrangement, or ends it with its last day. */
	@PostMapping(CONTACT + "/arrangements/{arrangementId}")
	String correct(@PathVariable UUID id, @PathVariable UUID arrangementId,
			@RequestParam(defaultValue = "") String child, @RequestParam(defaultValue = "") String frequency,
			@RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "false") String supervised,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String setBy,
			@RequestParam(defaultValue = "") String since, @RequestParam(defaultValue = "") String endedOn,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> contacts.correctArrangement(id, arrangementId, child, frequency, minutes, supervised, place,
						setBy, since, endedOn, note, version),
				back -> page(id, model, "arrangement-" + arrangementId, back),
				() -> done(id, redirect, "legal.notice.arrangementChanged"));
	}

	@PostMapping(CONTACT + "/moments/{momentId}/move")
	String move(@PathVariable UUID id, @PathVariable UUID momentId, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String moveReason,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> contacts.move(id, momentId, date, time, moveReason, version),
				back -> page(id, model, "move-" + momentId, back), () -> done(id, redirect, "legal.notice.moved"));
	}

	@PostMapping(CONTACT + "/moments/{momentId}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID momentId,
			@RequestParam(defaultValue = "") String removeReason, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> contacts.remove(id, momentId, removeReason, version),
				back -> page(id, model, "remove-" + momentId, back), () -> done(id, redirect, "legal.notice.removed"));
	}

	@PostMapping(CONTACT + "/moments")
	String plan(@PathVariable UUID id, @RequestParam(defaultValue = "") String child,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
			@RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "false") String supervised, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> contacts.plan(id, child, date, time, minutes, place, supervised),
				back -> page(id, model, "moment", back), () -> done(id, redirect, "legal.notice.planned"));
	}

	@PostMapping(CONTACT + "/moments/{momentId}")
	String record(@PathVariable UUID id, @PathVariable UUID momentId, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String cancelledBy, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String actualMinutes, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> contacts.record(id, momentId, outcome, cancelledBy, reason, actualMinutes, note, version),
				back -> page(id, model, "moment-" + momentId, back), () -> done(id, redirect, "legal.notice.recorded"));
	}

	private static String done(UUID id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/families/" + id + "/contact";
	}

	private String page(UUID id, Model model, String formId, FormSubmission.Returned back) {
		FormErrors periodErrors = FormErrors.none();
		model.addAttribute("view", contacts.view(id, "", "", periodErrors));
		model.addAttribute("periodErrors", periodErrors);
		model.addAttribute("period", Map.of("from", "", "to", ""));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", back.errors());
		model.addAttribute("typed", back.typed());
		model.addAttribute("conflict", back.conflict());
		return "legal/contact";
	}

}
