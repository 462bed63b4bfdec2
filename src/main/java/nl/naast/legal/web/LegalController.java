package nl.naast.legal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.legal.EventForm;
import nl.naast.legal.Legal;
import nl.naast.legal.LegalEvent;
import nl.naast.legal.Measure;
import nl.naast.legal.MeasureForm;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/**
 * The legal part of a family's file (/families/{id}/legal), and a coordinator's coming
 * deadlines (/legal/deadlines).
 */
@Controller
class LegalController {

	static final String LEGAL = "/families/{id}/legal";

	private final Legal legal;

	LegalController(Legal legal) {
		this.legal = legal;
	}

	@GetMapping(LEGAL)
	String legal(@PathVariable UUID id, Model model) {
		return page(id, model, "", FormErrors.none(), Map.of());
	}

	@PostMapping(LEGAL + "/measures")
	String addMeasure(@PathVariable UUID id, MeasureFields fields, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> legal.addMeasure(id, fields.form()),
				back -> page(id, model, "measure", back.errors(), back.typed()),
				() -> done(id, redirect, "legal.notice.measureAdded"));
	}

	@GetMapping(LEGAL + "/measures/{measureId}")
	String measure(@PathVariable UUID id, @PathVariable UUID measureId, Model model) {
		Measure m = legal.measure(id, measureId);
		return measurePage(id, m, model, FormErrors.none(), fieldsOf(m), false);
	}

	/** The form's fields as the measure stands. */
	private static Map<String, String> fieldsOf(Measure m) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("child", m.childId().toString());
		typed.put("kind", m.kind().name());
		typed.put("startsOn", m.startsOn().toString());
		typed.put("endsOn", m.endsOn() == null ? "" : m.endsOn().toString());
		typed.put("executedOn", m.executedOn() == null ? "" : m.executedOn().toString());
		typed.put("court", m.court() == null ? "" : m.court());
		typed.put("reference", m.reference() == null ? "" : m.reference());
		typed.put("note", m.note() == null ? "" : m.note());
		return typed;
	}

	@PostMapping(LEGAL + "/measures/{measureId}")
	String changeMeasure(@PathVariable UUID id, @PathVariable UUID measureId, MeasureFields fields,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(
				request, () -> legal.changeMeasure(id, measureId, fields.form(), version), back -> measurePage(id,
						legal.measure(id, measureId), model, back.errors(), back.typed(), back.conflict()),
				() -> done(id, redirect, "legal.notice.measureChanged"));
	}

	@PostMapping(LEGAL + "/measures/{measureId}/delete")
	String deleteMeasure(@PathVariable UUID id, @PathVariable UUID measureId, RedirectAttributes redirect) {
		legal.deleteMeasure(id, measureId);
		return done(id, redirect, "legal.notice.measureDeleted");
	}

	@PostMapping(LEGAL + "/measures/{measureId}/document")
	String attach(@PathVariable UUID id, @PathVariable UUID measureId,
			@RequestParam(name = "document", required = false) MultipartFile file, HttpServletRequest request,
			Model model, RedirectAttributes redirect) throws IOException {
		String name = file == null ? null : file.getOriginalFilename();
		byte[] content = file == null ? null : file.getBytes();
		return FormSubmission.handle(request, () -> legal.attach(id, measureId, name, content), back -> {
			Measure m = legal.measure(id, measureId);
			return measurePage(id, m, model, back.errors(), fieldsOf(m), false);
		}, () -> done(id, redirect, "legal.notice.documentKept"));
	}

	/** Always a download, never shown in the page: a file cannot run as part of Naast. */
	@GetMapping(LEGAL + "/measures/{measureId}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID measureId) {
		Legal.File file = legal.document(id, measureId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping(LEGAL + "/events")
	String addEvent(@PathVariable UUID id, EventFields fields, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> legal.addEvent(id, fields.form()),
				back -> page(id, model, "event", back.errors(), back.typed()),
				() -> done(id, redirect, "legal.notice.eventAdded"));
	}

	@GetMapping(LEGAL + "/events/{eventId}")
	String event(@PathVariable UUID id, @PathVariable UUID eventId, Model model) {
		LegalEvent e = legal.event(id, eventId);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("child", e.childId() == null ? "" : e.childId().toString());
		typed.put("kind", e.kind().name());
		typed.put("baseOn", e.baseOn() == null ? "" : e.baseOn().toString());
		typed.put("dueOn", e.dueOn().toString());
		typed.put("atTime", e.atTime() == null ? "" : e.atTime().toString());
		typed.put("place", e.place() == null ? "" : e.place());
		typed.put("lawyer", e.lawyer() == null ? "" : e.lawyer());
		typed.put("whoActs", e.whoActs() == null ? "" : e.whoActs());
		typed.put("whatNeeded", e.whatNeeded() == null ? "" : e.whatNeeded());
		return eventPage(id, e, model, FormErrors.none(), typed, false);
	}

	@PostMapping(LEGAL + "/events/{eventId}")
	String changeEvent(@PathVariable UUID id, @PathVariable UUID eventId, EventFields fields,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> legal.changeEvent(id, eventId, fields.form(), version),
				back -> eventPage(id, legal.event(id, eventId), model, back.errors(), back.typed(), back.conflict()),
				() -> done(id, redirect, "legal.notice.eventChanged"));
	}

	@PostMapping(LEGAL + "/events/{eventId}/done")
	String eventDone(@PathVariable UUID id, @PathVariable UUID eventId, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> {
			legal.done(id, eventId, version);
			return FormErrors.none();
		}, back -> {
			model.addAttribute("conflict", back.conflict());
			return page(id, model, "", FormErrors.none(), Map.of());
		}, () -> done(id, redirect, "legal.notice.eventDone"));
	}

	@PostMapping(LEGAL + "/events/{eventId}/delete")
	String deleteEvent(@PathVariable UUID id, @PathVariable UUID eventId, RedirectAttributes redirect) {
		legal.deleteEvent(id, eventId);
		return done(id, redirect, "legal.notice.eventDeleted");
	}

	@PostMapping(LEGAL + "/reminders")
	String reminders(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean remind,
			RedirectAttributes redirect) {
		legal.remindMe(id, remind);
		return done(id, redirect, remind ? "legal.notice.remindOn" : "legal.notice.remindOff");
	}

	@GetMapping("/legal/deadlines")
	String deadlines(Model model) {
		model.addAttribute("deadlines", legal.forCoordinator());
		model.addAttribute("today", legal.today());
		return "legal/deadlines";
	}

	private static String done(UUID id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/families/" + id + "/legal";
	}

	private String page(UUID id, Model model, String formId, FormErrors errors, Map<String, String> typed) {
		model.addAttribute("view", legal.view(id));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "legal/legal";
	}

	private String measurePage(UUID id, Measure measure, Model model, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("view", legal.view(id));
		model.addAttribute("measure", measure);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed == null ? Map.of() : typed);
		model.addAttribute("conflict", conflict);
		return "legal/measure";
	}

	private String eventPage(UUID id, LegalEvent event, Model model, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("view", legal.view(id));
		model.addAttribute("event", event);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "legal/event";
	}

	/** The measure form's fields, bound by name. */
	record MeasureFields(String child, String kind, String startsOn, String endsOn, String executedOn, String court,
			String reference, String note) {

		MeasureForm form() {
			return new MeasureForm(child, kind, startsOn, endsOn, executedOn, court, reference, note);
		}
	}

	/** The event form's fields, bound by name. */
	record EventFields(String child, String kind, String baseOn, String dueOn, String atTime, String place,
			String lawyer, String whoActs, String whatNeeded) {

		EventForm form() {
			return new EventForm(child, kind, baseOn, dueOn, atTime, place, lawyer, whoActs, whatNeeded);
		}
	}

}
