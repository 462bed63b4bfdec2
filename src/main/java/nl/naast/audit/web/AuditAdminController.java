package nl.naast.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import nl.naast.audit.AuditChain;

/** Administrators check the audit chain on demand. */
@Controller
class AuditAdminController {

	static final String PATH = "/admin/audit";

	private final AuditChain chain;

	AuditAdminController(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping(PATH)
	String page(Model model) {
		model.addAttribute("verification", null);
		return "audit/verify";
	}

	@PostMapping(PATH)
	String verify(Model model) {
		model.addAttribute("verification", chain.verify());
		return "audit/verify";
	}

}
