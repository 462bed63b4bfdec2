package nl.naast.language.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.language.Glossary;
import nl.naast.shared.web.PageContext;

/**
 * For professionals: the readability meter beside what they write for a family, and a
 * page to check any letter (a court decision a parent received, say). Nothing typed here
 * is stored.
 */
@Controller
class LanguageController {

	static final String CHECK = "/language/check";

	static final String METER = "/language/meter";

	private final Glossary glossary;

	LanguageController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping(CHECK)
	String check(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("tooLong", false);
		return "language/check";
	}

	@PostMapping(CHECK)
	String check(@RequestParam(defaultValue = "") String text, PageContext ctx, Model model) {
		boolean tooLong = text.length() > Glossary.MAX_TEXT;
		model.addAttribute("text", tooLong ? text.substring(0, Glossary.MAX_TEXT) : text);
		model.addAttribute("tooLong", tooLong);
		model.addAttribute("report", glossary.measure(text, ctx.locale()).orElse(null));
		return "language/check";
	}

	/**
	 * The meter for one field, as an htmx fragment; the field is named by {@code field}.
	 */
	@PostMapping(METER)
	String meter(@RequestParam Map<String, String> params, PageContext ctx, Model model) {
		String field = params.getOrDefault("field", "text");
		String text = params.getOrDefault(field, "");
		model.addAttribute("tooLong", text.length() > Glossary.MAX_TEXT);
		model.addAttribute("report", glossary.measure(text, ctx.locale()).orElse(null));
		return "language/meter";
	}

}
