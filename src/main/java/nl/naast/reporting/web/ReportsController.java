package nl.naast.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.naast.reporting.Reports;

/** The team managers' overview (/reports). */
@Controller
class ReportsController {

	static final String REPORTS = "/reports";

	private final Reports reports;

	ReportsController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping(REPORTS)
	String reports(Model model) {
		model.addAttribute("sections", reports.dashboard());
		model.addAttribute("minGroup", Reports.MIN_GROUP);
		return "reporting/reports";
	}

}
