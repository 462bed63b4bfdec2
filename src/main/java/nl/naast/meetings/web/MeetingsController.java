package nl.naast.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.meetings.FeedbackForm;
import nl.naast.meetings.Forms;
import nl.naast.meetings.MeetingForm;
import nl.naast.meetings.Meetings;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/** A family's meetings (/families/{id}/meetings) and each meeting's page. */
@Controller
class MeetingsController {

	static final String MEETINGS = "/families/{id}/meetings";

	static final String MEETING = MEETINGS + "/{meetingId}";

	private final Meetings meetings;

	MeetingsController(Meetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping(MEETINGS)
	String list(@PathVariable UUID id, Model model) {
		return list(id, model, MeetingForm.blank(), FormErrors.none());
	}

	@PostMapping(MEETINGS)
	String plan(@PathVariable UUID id, MeetingForm form, Model model, RedirectAttributes redirect) {
		Meetings.Planned planned = meetings.plan(id, form);
		if (!planned.ok()) {
			return list(id, model, form, planned.errors());
		}
		redirect.addFlashAttribute("notice", planned.clashes() ? "meetings.notice.clash"
				: planned.recordedAfter() ? "meetings.notice.recordedAfter" : "meetings.notice.planned");
		return "redirect:/families/" + id + "/meetings/" + planned.meetingId();
	}

	@GetMapping(MEETING)
	String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		return page(id, meetingId, model, OpenForm.none(), null);
	}

	@PostMapping(MEETING + "/details")
	String change(@PathVariable UUID id, @PathVariable UUID meetingId, MeetingForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Meetings.Planned changed = meetings.change(id, meetingId, form);
			if (!changed.ok()) {
				return page(id, meetingId, model, new OpenForm("details", changed.errors(), Map.of(), false), form);
			}
			return done(id, meetingId, redirect,
					changed.clashes() ? "meetings.notice.clash" : "meetings.notice.changed");
		}
		catch (ConcurrentEditException e) {
			return page(id, meetingId, model, new OpenForm("details", FormErrors.none(), Map.of(), true), form);
		}
	}

	@PostMapping(MEETING + "/cancel")
	String cancel(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "cancel", request, model, redirect, "meetings.notice.cancelled",
				() -> meetings.cancel(id, meetingId, reason, version));
	}

	@PostMapping(MEETING + "/preparation")
	String prepare(@PathVariable UUID id, @PathVariable UUID meetingId, Forms.PreparationForm form,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "preparation", request, model, redirect, "meetings.notice.prepared",
				() -> meetings.prepare(id, meetingId, form, version));
	}

	@PostMapping(MEETING + "/guidance")
	String guide(@PathVariable UUID id, @PathVariable UUID meetingId, Forms.GuidanceForm form,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "guidance", request, model, redirect, "meetings.notice.guided",
				() -> meetings.guide(id, meetingId, form, version));
	}

	@GetMapping(MEETING + "/print")
	String print(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		model.addAttribute("view", meetings.preparation(id, meetingId));
		return "meetings/print";
	}

	@PostMapping(MEETING + "/summary")
	String summarise(@PathVariable UUID id, @PathVariable UUID meetingId, Forms.SummaryForm form,
			@RequestParam(defaultValue = "draft") String action, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		boolean makeFinal = "final".equals(action);
		return attempt(id, meetingId, "summary", request, model, redirect,
				makeFinal ? "meetings.notice.summaryFinal" : "meetings.notice.summarySaved",
				() -> meetings.summarise(id, meetingId, form, makeFinal, version));
	}

	@PostMapping(MEETING + "/agreements")
	String agree(@PathVariable UUID id, @PathVariable UUID meetingId, Forms.AgreementForm form,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, meetingId, "agreement", request, model, redirect, "meetings.notice.agreed",
				() -> meetings.agree(id, meetingId, form));
	}

	@PostMapping(MEETING + "/agreements/{agreementId}/step")
	String step(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID agreementId,
			@RequestParam(defaultValue = "") String goal, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, meetingId, "turn-" + agreementId, request, model, redirect, "meetings.notice.step",
				() -> meetings.turnIntoStep(id, meetingId, agreementId, goal, version));
	}

	@PostMapping(MEETING + "/agreements/{agreementId}/demand")
	String demand(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID agreementId,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "turn-" + agreementId, request, model, redirect, "meetings.notice.demand",
				() -> meetings.turnIntoDemand(id, meetingId, agreementId, version));
	}

	@PostMapping(MEETING + "/own-account")
	String ownAccount(@PathVariable UUID id, @PathVariable UUID meetingId, Forms.OwnAccountForm form,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "own-account", request, model, redirect, "meetings.notice.ownAccount",
				() -> meetings.writeOwnAccount(id, meetingId, form, version));
	}

	@PostMapping(MEETING + "/corrections")
	String correct(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String section,
			@RequestParam(defaultValue = "") String correction, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, meetingId, "correct-" + section, request, model, redirect, "meetings.notice.corrected",
				() -> meetings.correct(id, meetingId, section, correction));
	}

	@PostMapping(MEETING + "/private-notes")
	String steamOff(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam(defaultValue = "") String words,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, meetingId, "private-note", request, model, redirect, "meetings.notice.privateNote",
				() -> meetings.steamOff(id, meetingId, words));
	}

	@PostMapping(MEETING + "/feedback")
	String answer(@PathVariable UUID id, @PathVariable UUID meetingId, FeedbackForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return attempt(id, meetingId, "feedback", request, model, redirect, "meetings.notice.feedback",
				() -> meetings.answer(id, meetingId, form));
	}

	@GetMapping(MEETING + "/calendar.ics")
	ResponseEntity<byte[]> calendarFile(@PathVariable UUID id, @PathVariable UUID meetingId) {
		byte[] body = meetings.calendarFile(id, meetingId).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("naast-meeting.ics").build().toString())
			.body(body);
	}

	/**
	 * Runs a change; on success back to the meeting with a notice, otherwise the page
	 * again with the form as typed and what to fix, or "someone changed this".
	 */
	private String attempt(UUID id, UUID meetingId, String formId, HttpServletRequest request, Model model,
			RedirectAttributes redirect, String notice, Supplier<FormErrors> change) {
		return FormSubmission.handle(
				request, change, back -> page(id, meetingId, model,
						new OpenForm(formId, back.errors(), back.typed(), back.conflict()), null),
				() -> done(id, meetingId, redirect, notice));
	}

	private static String done(UUID id, UUID meetingId, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/families/" + id + "/meetings/" + meetingId;
	}

	private String page(UUID id, UUID meetingId, Model model, OpenForm open, MeetingForm details) {
		var view = meetings.view(id, meetingId);
		model.addAttribute("view", view);
		model.addAttribute("open", open);
		model.addAttribute("details",
				details != null ? details : MeetingForm.of(view.meeting(), nl.naast.shared.DisplayTime.ZONE));
		return "meetings/meeting";
	}

	private String list(UUID id, Model model, MeetingForm form, FormErrors errors) {
		model.addAttribute("view", meetings.list(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "meetings/meetings";
	}

}
