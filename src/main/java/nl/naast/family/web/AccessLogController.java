package nl.naast.family.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.naast.family.FamilyFiles;
import nl.naast.shared.PageRequest;

/** "Wie keek in ons dossier?" */
@Controller
class AccessLogController {

	private final FamilyFiles files;

	AccessLogController(FamilyFiles files) {
		this.files = files;
	}

	@GetMapping(FamilyController.ACCESS_LOG)
	String accessLog(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("entries", files.accessLog(id, PageRequest.of(page)));
		model.addAttribute("familyId", id.toString());
		return "family/access-log";
	}

}
