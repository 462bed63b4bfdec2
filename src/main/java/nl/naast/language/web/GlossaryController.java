package nl.naast.language.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.language.Glossary;
import nl.naast.shared.NotFoundException;

/** The public glossary: every term with its own address, searchable. */
@Controller
class GlossaryController {

	static final String GLOSSARY = "/glossary";

	static final String TERM = "/glossary/{slug}";

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping(GLOSSARY)
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("query", q.length() > 100 ? q.substring(0, 100) : q);
		model.addAttribute("terms", glossary.search(q.length() > 100 ? q.substring(0, 100) : q));
		model.addAttribute("total", glossary.all().size());
		return "language/glossary";
	}

	@GetMapping(TERM)
	String term(@PathVariable String slug, Model model) {
		var term = glossary.term(slug).orElseThrow(() -> new NotFoundException("No term " + slug));
		model.addAttribute("term", term);
		model.addAttribute("related", term.related().stream().flatMap(r -> glossary.term(r).stream()).toList());
		return "language/term";
	}

}
