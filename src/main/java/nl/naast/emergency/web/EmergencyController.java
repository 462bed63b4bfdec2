package nl.naast.emergency.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.emergency.EmergencyDesk;
import nl.naast.emergency.EmergencyForm;
import nl.naast.shared.web.FormErrors;

/**
 * The emergency procedure for team managers: find the family by name, then open its file
 * read-only for a limited time with a written reason and the password again.
 */
@Controller
class EmergencyController {

	static final String SEARCH = "/emergency";

	static final String OPEN = "/families/{id}/emergency";

	static final String END = "/families/{id}/emergency/end";

	private final EmergencyDesk desk;

	EmergencyController(EmergencyDesk desk) {
		this.desk = desk;
	}

	@GetMapping(SEARCH)
	String search(@RequestParam(required = false) String q, Model model) {
		String query = q == null ? "" : q;
		model.addAttribute("query", query);
		model.addAttribute("found", desk.search(query));
		model.addAttribute("searched", !query.isBlank());
		return "emergency/search";
	}

	@GetMapping(OPEN)
	String form(@PathVariable UUID id, Model model) {
		return form(model, id, desk.familyName(id),
				new EmergencyForm("", "", String.valueOf(desk.rules().defaultMinutes())), FormErrors.none());
	}

	@PostMapping(OPEN)
	String open(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String password, @RequestParam(required = false) String minutes,
			Model model) {
		EmergencyForm form = new EmergencyForm(reason, password, minutes);
		EmergencyDesk.Opening opening = desk.open(id, form);
		if (!opening.ok()) {
			return form(model, id, desk.familyName(id), form.withoutPassword(), opening.errors());
		}
		return "redirect:/families/" + id;
	}

	@PostMapping(END)
	String end(@PathVariable UUID id) {
		desk.end(id);
		return "redirect:/emergency?ended";
	}

	private String form(Model model, UUID id, String familyName, EmergencyForm form, FormErrors errors) {
		model.addAttribute("familyId", id.toString());
		model.addAttribute("familyName", familyName);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rules", desk.rules());
		return "emergency/open";
	}

}
