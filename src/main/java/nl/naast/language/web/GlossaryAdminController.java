package nl.naast.language.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.language.Glossary;
import nl.naast.language.TermForm;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.PageContext;

/**
 * Administrators keep the glossary: add terms, change them; every earlier wording is
 * kept.
 */
@Controller
class GlossaryAdminController {

	static final String TERMS = "/admin/glossary";

	static final String TERM = "/admin/glossary/{slug}";

	private final Glossary glossary;

	GlossaryAdminController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping(TERMS)
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		return list(q, model, TermForm.blank(), FormErrors.none());
	}

	@PostMapping(TERMS)
	String add(TermForm form, PageContext ctx, Model model) {
		Glossary.Saved saved = glossary.add(form, ctx.userName());
		if (!saved.ok()) {
			return list("", model, form, saved.errors());
		}
		return "redirect:" + TERMS + "/" + saved.slug() + "?saved";
	}

	@GetMapping(TERM)
	String edit(@PathVariable String slug, Model model) {
		var term = glossary.term(slug).orElseThrow(() -> new NotFoundException("No term " + slug));
		return edit(slug, model, TermForm.of(term), FormErrors.none(), false);
	}

	@PostMapping(TERM)
	String change(@PathVariable String slug, TermForm form, PageContext ctx, Model model) {
		try {
			Glossary.Saved saved = glossary.change(slug, form, ctx.userName());
			if (!saved.ok()) {
				return edit(slug, model, form, saved.errors(), false);
			}
		}
		catch (ConcurrentEditException e) {
			return edit(slug, model, form, FormErrors.none(), true);
		}
		return "redirect:" + TERMS + "/" + slug + "?saved";
	}

	private String list(String q, Model model, TermForm form, FormErrors errors) {
		model.addAttribute("query", q);
		model.addAttribute("terms", glossary.search(q));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "language/admin";
	}

	private String edit(String slug, Model model, TermForm form, FormErrors errors, boolean conflict) {
		var term = glossary.term(slug).orElseThrow(() -> new NotFoundException("No term " + slug));
		model.addAttribute("term", term);
		model.addAttribute("history", glossary.history(slug));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "language/edit";
	}

}
