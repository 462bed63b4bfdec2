package nl.naast.family.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.access.FamilyAccess.Admission;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyFiles.Saved;
import nl.naast.family.FamilyForm;
import nl.naast.family.FamilySummary;
import nl.naast.family.FamilyView;
import nl.naast.family.LivingSituation;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.PageContext;

/** The family list, registering a family, its overview and editing it. */
@Controller
class FamilyController {

	static final String LIST = "/families";

	static final String NEW = "/families/new";

	static final String OVERVIEW = "/families/{id}";

	static final String EDIT = "/families/{id}/edit";

	static final String ADMIT = "/families/{id}/members/{memberId}/access";

	static final String ACCESS_LOG = "/families/{id}/access-log";

	private final FamilyFiles files;

	FamilyController(FamilyFiles files) {
		this.files = files;
	}

	/**
	 * Professionals get their list; a parent or young person with one family goes
	 * straight to it.
	 */
	@GetMapping(LIST)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, PageContext ctx,
			Model model) {
		String query = q == null ? "" : q;
		Slice<FamilySummary> families = files.myFamilies(query, PageRequest.of(page));
		if (ctx.isFamilyMember() && families.total() == 1 && query.isEmpty()) {
			return "redirect:/families/" + families.items().get(0).id();
		}
		model.addAttribute("query", query);
		model.addAttribute("families", families);
		return "family/list";
	}

	@GetMapping(NEW)
	String newFamily(PageContext ctx, Model model) {
		requireCoordinator(ctx);
		return form(model, null, "", FamilyForm.blank(), FormErrors.none(), false);
	}

	@PostMapping(NEW)
	String register(HttpServletRequest request, PageContext ctx, Model model) {
		requireCoordinator(ctx);
		FamilyForm form = FamilyForm.from(request.getParameterMap());
		String action = request.getParameter("action");
		if ("addCarer".equals(action) || "addChild".equals(action)) {
			return form(model, null, "", extraRow(form, action), FormErrors.none(), false);
		}
		Saved saved = files.register(form);
		if (!saved.ok()) {
			return form(model, null, "", form, saved.errors(), false);
		}
		return "redirect:/families/" + saved.familyId() + "?saved";
	}

	@GetMapping(OVERVIEW)
	String overview(@PathVariable UUID id, Model model) {
		FamilyView view = files.overview(id);
		model.addAttribute("view", view);
		model.addAttribute("emergencies", view.emergencyNotices());
		model.addAttribute("myEmergency", view.ownEmergency().orElse(null));
		return view.coordinator() || view.emergency() ? "family/overview" : "family/home";
	}

	@GetMapping(EDIT)
	String edit(@PathVariable UUID id, Model model) {
		FamilyForm form = files.editForm(id);
		return form(model, id, form.name(), form, FormErrors.none(), false);
	}

	@PostMapping(EDIT)
	String update(@PathVariable UUID id, HttpServletRequest request, Model model) {
		FamilyForm form = FamilyForm.from(request.getParameterMap());
		String action = request.getParameter("action");
		if ("addCarer".equals(action) || "addChild".equals(action)) {
			return form(model, id, files.nameForEditor(id), extraRow(form, action), FormErrors.none(), false);
		}
		try {
			Saved saved = files.update(id, form);
			if (!saved.ok()) {
				return form(model, id, files.nameForEditor(id), form, saved.errors(), false);
			}
			return "redirect:/families/" + id + "?saved";
		}
		catch (ConcurrentEditException e) {
			// keep what this person typed; show what is saved now, so they can choose
			// knowingly
			FamilyForm current = files.editForm(id);
			FamilyForm mine = new FamilyForm(form.name(), form.strengths(), form.concerns(), current.version(),
					form.carers(), form.children());
			model.addAttribute("current", current);
			return form(model, id, current.name(), mine, FormErrors.none(), true);
		}
	}

	@PostMapping(ADMIT)
	String admit(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
		Admission admission = files.admit(id, memberId);
		redirect.addFlashAttribute("admission", admission.name());
		return "redirect:/families/" + id;
	}

	private static FamilyForm extraRow(FamilyForm form, String action) {
		return "addCarer".equals(action) ? form.withExtraCarer() : form.withExtraChild();
	}

	private String form(Model model, UUID id, String familyName, FamilyForm form, FormErrors errors, boolean conflict) {
		model.addAttribute("familyId", id == null ? "" : id.toString());
		model.addAttribute("familyName", familyName);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("livingSituations", java.util.List.of(LivingSituation.values()));
		if (!model.containsAttribute("current")) {
			model.addAttribute("current", null);
		}
		return "family/form";
	}

	private static void requireCoordinator(PageContext ctx) {
		if (!ctx.hasRole("COORDINATOR")) {
			throw new nl.naast.shared.NotFoundException("Only coordinators register families");
		}
	}

}
