package nl.naast.privacy.web;

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

import nl.naast.privacy.ExportDocuments;
import nl.naast.privacy.FamilyExport;
import nl.naast.privacy.MyData;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/**
 * "Mijn gegevens" (/families/{id}/my-data): the family's copy of its data, and
 * corrections.
 */
@Controller
class MyDataController {

	static final String MY_DATA = "/families/{id}/my-data";

	private final MyData myData;

	private final ExportDocuments documents;

	MyDataController(MyData myData, ExportDocuments documents) {
		this.myData = myData;
		this.documents = documents;
	}

	@GetMapping(MY_DATA)
	String page(@PathVariable UUID id, @RequestParam(defaultValue = "") String about, Model model) {
		return page(id, model, "", FormErrors.none(), about.isEmpty() ? Map.of() : Map.of("about", about), false);
	}

	@GetMapping(MY_DATA + "/export.json")
	ResponseEntity<byte[]> json(@PathVariable UUID id) {
		FamilyExport export = myData.export(id);
		return download(documents.json(export), MediaType.APPLICATION_JSON, "mijn-gegevens.json");
	}

	@GetMapping(MY_DATA + "/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		FamilyExport export = myData.export(id);
		return download(documents.pdf(export), MediaType.APPLICATION_PDF, "mijn-gegevens.pdf");
	}

	@PostMapping(MY_DATA + "/requests")
	String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String about,
			@RequestParam(defaultValue = "") String whatIsWrong, @RequestParam(defaultValue = "") String shouldBe,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return attempt(id, "ask", request, model, redirect, "privacy.notice.asked",
				() -> myData.ask(id, about, whatIsWrong, shouldBe));
	}

	@PostMapping(MY_DATA + "/requests/{rectificationId}")
	String answer(@PathVariable UUID id, @PathVariable UUID rectificationId,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return attempt(id, "answer-" + rectificationId, request, model, redirect, "privacy.notice.answered",
				() -> myData.answer(id, rectificationId, status, answer, version));
	}

	/** A file to keep, never shown inline, never guessed at by the browser. */
	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private String attempt(UUID id, String formId, HttpServletRequest request, Model model, RedirectAttributes redirect,
			String notice, Supplier<FormErrors> change) {
		return FormSubmission.handle(request, change,
				back -> page(id, model, formId, back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", notice);
					return "redirect:/families/" + id + "/my-data";
				});
	}

	private String page(UUID id, Model model, String formId, FormErrors errors, Map<String, String> typed,
			boolean conflict) {
		model.addAttribute("view", myData.view(id));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "privacy/my-data";
	}

}
