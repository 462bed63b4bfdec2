package nl.naast.team.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.family.FamilyDirectory;
import nl.naast.family.FamilySummary;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

/** Administrators assign coordinators to families: names only, never the file. */
@Controller
class CaseloadController {

	static final String PATH = "/admin/families";

	private final FamilyDirectory directory;

	private final CoordinatorAssignments assignments;

	private final Accounts accounts;

	CaseloadController(FamilyDirectory directory, CoordinatorAssignments assignments, Accounts accounts) {
		this.directory = directory;
		this.assignments = assignments;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		String query = q == null ? "" : q;
		Slice<FamilySummary> families = directory.page(query, PageRequest.of(page));
		Map<UUID, List<UUID>> assigned = assignments
			.coordinatorsOf(families.items().stream().map(FamilySummary::id).toList());
		List<AccountSummary> coordinators = accounts.withRole(Role.COORDINATOR);
		// assigned coordinators may since have been switched off; their names are looked
		// up too
		Map<UUID, AccountSummary> names = accounts
			.findAll(assigned.values().stream().flatMap(List::stream).distinct().toList());
		model.addAttribute("query", query);
		model.addAttribute("rows", families.map(f -> {
			List<UUID> ids = assigned.getOrDefault(f.id(), List.of());
			return new CaseloadRow(f,
					ids.stream()
						.filter(names::containsKey)
						.map(id -> new Assigned(id, names.get(id).displayName()))
						.toList(),
					coordinators.stream()
						.filter(c -> !ids.contains(c.id()))
						.map(c -> new Assigned(c.id(), c.displayName()))
						.toList());
		}));
		return "team/caseload";
	}

	@PostMapping(PATH + "/assign")
	String assign(@RequestParam UUID family, @RequestParam(required = false) UUID coordinator,
			RedirectAttributes redirect) {
		if (coordinator != null) {
			assignments.assign(family, coordinator);
			redirect.addFlashAttribute("message", "admin.families.assigned");
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/unassign")
	String unassign(@RequestParam UUID family, @RequestParam UUID coordinator, RedirectAttributes redirect) {
		assignments.unassign(family, coordinator);
		redirect.addFlashAttribute("message", "admin.families.unassigned");
		return "redirect:" + PATH;
	}

}
