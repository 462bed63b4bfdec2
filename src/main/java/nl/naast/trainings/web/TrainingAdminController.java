package nl.naast.trainings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;
import nl.naast.trainings.Forms.DateForm;
import nl.naast.trainings.Forms.SessionForm;
import nl.naast.trainings.Trainings;
import nl.naast.trainings.Views.Saved;

/**
 * Managing trainings (/admin/trainings), for administrators and trainers: sessions and
 * their dates, registrations with attendance, the attendee list, a message to everyone
 * registered, and custom requests.
 */
@Controller
class TrainingAdminController {

	static final String ADMIN = "/admin/trainings";

	static final String NEW_SESSION = ADMIN + "/sessions/new";

	static final String SESSION = ADMIN + "/sessions/{trainingId}";

	static final String NEW_DATE = SESSION + "/dates/new";

	static final String DATE = ADMIN + "/dates/{dateId}";

	static final String REQUESTS = ADMIN + "/requests";

	private final Trainings trainings;

	TrainingAdminController(Trainings trainings) {
		this.trainings = trainings;
	}

	@GetMapping(ADMIN)
	String overview(Model model) {
		model.addAttribute("sessions", trainings.sessions());
		return "trainings/admin";
	}

	@GetMapping(NEW_SESSION)
	String newSession(Model model) {
		return sessionForm(null, model, FormErrors.none(), Map.of(), false);
	}

	@PostMapping(NEW_SESSION)
	String createSession(SessionForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return saveSession(null, form, -1, request, model, redirect);
	}

	@GetMapping(SESSION)
	String editSession(@PathVariable("trainingId") UUID sessionId, Model model) {
		return sessionForm(sessionId, model, FormErrors.none(), Map.of(), false);
	}

	@PostMapping(SESSION)
	String updateSession(@PathVariable("trainingId") UUID sessionId, SessionForm form,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		trainings.session(sessionId);
		return saveSession(sessionId, form, version, request, model, redirect);
	}

	private String saveSession(UUID sessionId, SessionForm form, int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Saved[] saved = new Saved[1];
		return FormSubmission.handle(request, () -> {
			saved[0] = trainings.saveSession(sessionId, form, version);
			return saved[0].errors();
		}, back -> sessionForm(sessionId, model, back.errors(), typedWithLists(request, back.typed()), back.conflict()),
				() -> {
					redirect.addFlashAttribute("notice", "trainings.admin.notice.sessionSaved");
					return "redirect:" + ADMIN;
				});
	}

	private String sessionForm(UUID sessionId, Model model, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("session", sessionId == null ? null : trainings.session(sessionId));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "trainings/sessionForm";
	}

	/** Checkbox groups send one value per box: keep them all, joined by commas. */
	private static Map<String, String> typedWithLists(HttpServletRequest request, Map<String, String> typed) {
		Map<String, String> all = new java.util.LinkedHashMap<>(typed);
		String[] audience = request.getParameterValues("audience");
		all.put("audience", audience == null ? "" : String.join(",", audience));
		return all;
	}

	@GetMapping(NEW_DATE)
	String newDate(@PathVariable("trainingId") UUID sessionId, Model model) {
		return dateForm(sessionId, null, model, FormErrors.none(), Map.of(), false);
	}

	@PostMapping(NEW_DATE)
	String createDate(@PathVariable("trainingId") UUID sessionId, DateForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return saveDate(sessionId, null, form, -1, request, model, redirect);
	}

	@GetMapping(DATE + "/edit")
	String editDate(@PathVariable UUID dateId, Model model) {
		return dateForm(trainings.date(dateId).sessionId(), dateId, model, FormErrors.none(), Map.of(), false);
	}

	@PostMapping(DATE + "/edit")
	String updateDate(@PathVariable UUID dateId, DateForm form, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return saveDate(trainings.date(dateId).sessionId(), dateId, form, version, request, model, redirect);
	}

	private String saveDate(UUID sessionId, UUID dateId, DateForm form, int version, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Saved[] saved = new Saved[1];
		return FormSubmission.handle(request, () -> {
			saved[0] = trainings.saveDate(sessionId, dateId, form, version);
			return saved[0].errors();
		}, back -> dateForm(sessionId, dateId, model, back.errors(), back.typed(), back.conflict()), () -> {
			redirect.addFlashAttribute("notice", "trainings.admin.notice.dateSaved");
			return "redirect:" + ADMIN + "/dates/" + saved[0].id();
		});
	}

	private String dateForm(UUID sessionId, UUID dateId, Model model, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("session", trainings.session(sessionId));
		model.addAttribute("date", dateId == null ? null : trainings.date(dateId));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "trainings/dateForm";
	}

	@GetMapping(DATE)
	String date(@PathVariable UUID dateId, Model model) {
		return datePage(dateId, model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(DATE + "/attendance")
	String attendance(@PathVariable UUID dateId, @RequestParam(required = false) List<String> present,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		trainings.date(dateId);
		return FormSubmission.handle(request, () -> trainings.attendance(dateId, present, version),
				back -> datePage(dateId, model, "attendance", back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "trainings.admin.notice.attendanceSaved");
					return "redirect:" + ADMIN + "/dates/" + dateId;
				});
	}

	@PostMapping(DATE + "/message")
	String message(@PathVariable UUID dateId, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String text, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		trainings.date(dateId);
		return FormSubmission.handle(request, () -> trainings.message(dateId, subject, text),
				back -> datePage(dateId, model, "message", back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "trainings.admin.notice.messageSent");
					return "redirect:" + ADMIN + "/dates/" + dateId;
				});
	}

	@GetMapping(DATE + "/attendees.csv")
	ResponseEntity<byte[]> attendees(@PathVariable UUID dateId) {
		String csv = trainings.attendeesCsv(dateId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("deelnemers-" + dateId + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private String datePage(UUID dateId, Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("view", trainings.datePage(dateId));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "trainings/date";
	}

	@GetMapping(REQUESTS)
	String requests(Model model) {
		return requestsPage(model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(REQUESTS + "/{requestId}")
	String updateRequest(@PathVariable UUID requestId, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String notes, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> trainings.updateRequest(requestId, status, notes, version),
				back -> requestsPage(model, requestId.toString(), back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "trainings.admin.notice.requestSaved");
					return "redirect:" + REQUESTS;
				});
	}

	private String requestsPage(Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("requests", trainings.requests());
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "trainings/requests";
	}

}
