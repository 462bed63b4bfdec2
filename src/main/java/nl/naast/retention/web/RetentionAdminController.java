package nl.naast.retention.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.naast.retention.RetentionRuns;

/** Administrators see the retention classes in force and what each nightly run erased. */
@Controller
class RetentionAdminController {

	static final String PATH = "/admin/retention";

	private final RetentionRuns runs;

	RetentionAdminController(RetentionRuns runs) {
		this.runs = runs;
	}

	@GetMapping(PATH)
	String page(Model model) {
		model.addAttribute("report", runs.report());
		return "retention/admin";
	}

}
