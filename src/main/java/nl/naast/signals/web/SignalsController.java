package nl.naast.signals.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
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

import nl.naast.shared.DisplayTime;
import nl.naast.shared.PageRequest;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;
import nl.naast.signals.BarrierForm;
import nl.naast.signals.Signals;

/**
 * Barriers (/signals): a professional's own list and form, or for team managers the
 * counts, the themes and the exports.
 */
@Controller
class SignalsController {

	static final String SIGNALS = "/signals";

	static final String THEMES = SIGNALS + "/themes";

	static final String THEME = THEMES + "/{themeId}";

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Signals signals;

	SignalsController(Signals signals) {
		this.signals = signals;
	}

	@GetMapping(SIGNALS)
	String signals(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer organisationsPage, Model model) {
		return page(page, organisationsPage, model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(SIGNALS)
	String record(BarrierForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> signals.record(form),
				back -> page(null, null, model, "barrier", back.errors(), back.typed(), false), () -> {
					redirect.addFlashAttribute("notice", "signals.notice.recorded");
					return "redirect:" + SIGNALS;
				});
	}

	@PostMapping(THEMES)
	String createTheme(@RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> signals.createTheme(title, description),
				back -> page(null, null, model, "theme", back.errors(), back.typed(), false), () -> {
					redirect.addFlashAttribute("notice", "signals.notice.themeCreated");
					return "redirect:" + SIGNALS + "#themes";
				});
	}

	@PostMapping(SIGNALS + "/{signalId}/theme")
	String putInTheme(@PathVariable UUID signalId, @RequestParam(defaultValue = "") String theme,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> signals.putInTheme(signalId, theme, version),
				back -> page(null, null, model, "put-" + signalId, back.errors(), back.typed(), back.conflict()),
				() -> {
					redirect.addFlashAttribute("notice", "signals.notice.putInTheme");
					return "redirect:" + SIGNALS;
				});
	}

	@GetMapping(THEME)
	String theme(@PathVariable UUID themeId, @RequestParam(required = false) Integer page, Model model) {
		return themePage(themeId, page, model, "", FormErrors.none(), Map.of(), false);
	}

	@PostMapping(THEME + "/rename")
	String rename(@PathVariable UUID themeId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> signals.renameTheme(themeId, title, description, version),
				back -> themePage(themeId, null, model, "rename", back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "signals.notice.renamed");
					return "redirect:" + THEMES + "/" + themeId;
				});
	}

	@PostMapping(THEME + "/barriers/{signalId}/remove")
	String takeOut(@PathVariable UUID themeId, @PathVariable UUID signalId,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> {
			signals.takeOutOfTheme(themeId, signalId, version);
			return FormErrors.none();
		}, back -> themePage(themeId, null, model, "remove-" + signalId, back.errors(), back.typed(), back.conflict()),
				() -> {
					redirect.addFlashAttribute("notice", "signals.notice.takenOut");
					return "redirect:" + THEMES + "/" + themeId;
				});
	}

	@PostMapping(THEME + "/action")
	String saveAction(@PathVariable UUID themeId, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> signals.saveAction(themeId, action, version),
				back -> themePage(themeId, null, model, "action", back.errors(), back.typed(), back.conflict()), () -> {
					redirect.addFlashAttribute("notice", "signals.notice.actionSaved");
					return "redirect:" + THEMES + "/" + themeId;
				});
	}

	@GetMapping(THEMES + "/export.csv")
	ResponseEntity<byte[]> csv() {
		String csv = signals.exportCsv();
		return download(csv, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping(THEMES + "/export.json")
	ResponseEntity<byte[]> json() {
		String json = signals.exportJson();
		return download(json, "json", MediaType.APPLICATION_JSON);
	}

	private ResponseEntity<byte[]> download(String body, String extension, MediaType type) {
		String day = FILE_DAY.format(signals.now().atZone(DisplayTime.ZONE));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("naast-themas-" + day + "." + extension)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	private String page(Integer page, Integer organisationsPage, Model model, String formId, FormErrors errors,
			Map<String, String> typed, boolean conflict) {
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		if (signals.forTeam()) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("view", signals.team(PageRequest.of(page), PageRequest.of(organisationsPage)));
			return "signals/team";
		}
		model.addAttribute("view", signals.mine(PageRequest.of(page)));
		return "signals/mine";
	}

	private String themePage(UUID themeId, Integer page, Model model, String formId, FormErrors errors,
			Map<String, String> typed, boolean conflict) {
		model.addAttribute("formId", formId);
		model.addAttribute("view", signals.theme(themeId, PageRequest.of(page)));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("conflict", conflict);
		return "signals/theme";
	}

}
