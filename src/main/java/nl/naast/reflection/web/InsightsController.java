package nl.naast.reflection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.reflection.DoubtJournal;
import nl.naast.reflection.Insight;
import nl.naast.reflection.InsightLibrary;
import nl.naast.shared.Ids;
import nl.naast.shared.PageRequest;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;

/** The team's insights library: search, write, comment, "this changed my work". */
@Controller
class InsightsController {

	private static final String BASE = "/reflection/insights";

	private final InsightLibrary library;

	private final DoubtJournal journal;

	InsightsController(InsightLibrary library, DoubtJournal journal) {
		this.library = library;
		this.journal = journal;
	}

	@GetMapping(BASE)
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String theme,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("insights", library.search(q, theme, PageRequest.of(page)));
		model.addAttribute("query", q);
		model.addAttribute("theme", theme);
		return "reflection/insights";
	}

	/** A new insight, from scratch or from one's own journal entry. */
	@GetMapping(BASE + "/new")
	String create(@RequestParam(defaultValue = "") String from, Model model) {
		Map<String, String> typed = new LinkedHashMap<>();
		Ids.parse(from).flatMap(journal::own).ifPresent(entry -> {
			typed.put("from", entry.id().toString());
			typed.put("thought", entry.knew() == null ? "" : entry.knew());
			typed.put("learned", entry.notKnown() == null ? "" : entry.notKnown());
			typed.put("nowDo", entry.tomorrow() == null ? "" : entry.tomorrow());
		});
		return form(null, model, FormErrors.none(), typed, List.of(), false);
	}

	@PostMapping(BASE)
	String write(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String thought,
			@RequestParam(defaultValue = "") String learned, @RequestParam(defaultValue = "") String nowDo,
			@RequestParam(required = false) List<String> themes,
			@RequestParam(defaultValue = "false") boolean identifiers, @RequestParam(defaultValue = "") String from,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		AtomicReference<UUID> saved = new AtomicReference<>();
		return FormSubmission.handle(request, () -> {
			InsightLibrary.Saved result = library.write(title, thought, learned, nowDo, themes, identifiers, from);
			saved.set(result.id());
			return result.errors();
		}, back -> form(null, model, back.errors(), back.typed(), themes, false),
				() -> done(saved.get(), redirect, "reflection.insight.written"));
	}

	@GetMapping(BASE + "/{insightId}")
	String insight(@PathVariable UUID insightId, Model model) {
		return insightPage(insightId, model, FormErrors.none(), Map.of());
	}

	@GetMapping(BASE + "/{insightId}/edit")
	String edit(@PathVariable UUID insightId, Model model) {
		Insight insight = library.insight(insightId);
		if (!library.mine(insight)) {
			throw new nl.naast.shared.NotFoundException("Only the author changes an insight");
		}
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("title", insight.title());
		typed.put("thought", insight.thought());
		typed.put("learned", insight.learned());
		typed.put("nowDo", insight.nowDo());
		typed.put("version", String.valueOf(insight.version()));
		return form(insight, model, FormErrors.none(), typed, insight.themes().stream().map(Enum::name).toList(),
				false);
	}

	@PostMapping(BASE + "/{insightId}")
	String change(@PathVariable UUID insightId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String thought, @RequestParam(defaultValue = "") String learned,
			@RequestParam(defaultValue = "") String nowDo, @RequestParam(required = false) List<String> themes,
			@RequestParam(defaultValue = "false") boolean identifiers, @RequestParam(defaultValue = "-1") int version,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request,
				() -> library.change(insightId, title, thought, learned, nowDo, themes, identifiers, version),
				back -> form(library.insight(insightId), model, back.errors(), back.typed(), themes, back.conflict()),
				() -> done(insightId, redirect, "reflection.insight.changed"));
	}

	@PostMapping(BASE + "/{insightId}/comments")
	String comment(@PathVariable UUID insightId, @RequestParam(defaultValue = "") String comment,
			@RequestParam(defaultValue = "false") boolean identifiers, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> library.comment(insightId, comment, identifiers),
				back -> insightPage(insightId, model, back.errors(), back.typed()),
				() -> done(insightId, redirect, "reflection.insight.commented"));
	}

	@PostMapping(BASE + "/{insightId}/mark")
	String mark(@PathVariable UUID insightId, RedirectAttributes redirect) {
		boolean marked = library.mark(insightId);
		return done(insightId, redirect, marked ? "reflection.insight.marked" : "reflection.insight.unmarked");
	}

	private static String done(UUID id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + BASE + "/" + id;
	}

	private String insightPage(UUID id, Model model, FormErrors errors, Map<String, String> typed) {
		Insight insight = library.insight(id);
		model.addAttribute("insight", insight);
		model.addAttribute("mine", library.mine(insight));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "reflection/insight";
	}

	private String form(Insight insight, Model model, FormErrors errors, Map<String, String> typed, List<String> themes,
			boolean conflict) {
		model.addAttribute("insight", insight);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("themes", themes == null ? List.of() : themes);
		model.addAttribute("conflict", conflict);
		return "reflection/insight-form";
	}

}
