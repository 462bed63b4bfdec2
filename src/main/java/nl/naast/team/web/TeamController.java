package nl.naast.team.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.access.FilePart;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.web.FormErrors;
import nl.naast.team.ClosingForm;
import nl.naast.team.InvitationForm;
import nl.naast.team.PaperConsentForm;
import nl.naast.team.TeamView;
import nl.naast.team.YouthView;
import nl.naast.team.Teams;

/** The team page: who helps the family, with which mandate, and what each may see. */
@Controller
class TeamController {

	static final String TEAM = "/families/{id}/team";

	private final Teams teams;

	TeamController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping(TEAM)
	String team(@PathVariable UUID id, Model model) {
		return page(id, model, InvitationForm.blank(), FormErrors.none());
	}

	@PostMapping(TEAM + "/invitations")
	String invite(@PathVariable UUID id, InvitationForm form, Model model, RedirectAttributes redirect) {
		Teams.Invited invited = teams.invite(id, form);
		if (!invited.ok()) {
			return page(id, model, form, invited.errors());
		}
		redirect.addFlashAttribute("notice", "team.notice.invited");
		return "redirect:/families/" + id + "/team";
	}

	@PostMapping(TEAM + "/{membershipId}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID membershipId, @RequestParam boolean agree,
			RedirectAttributes redirect) {
		return afterChange(id, redirect, agree ? "team.notice.agreed" : "team.notice.refused",
				() -> teams.decideOnRequest(id, membershipId, agree));
	}

	@PostMapping(TEAM + "/{membershipId}/consent")
	String consent(@PathVariable UUID id, @PathVariable UUID membershipId,
			@RequestParam(name = "parts", required = false) List<String> parts, RedirectAttributes redirect) {
		Set<FilePart> chosen = EnumSet.noneOf(FilePart.class);
		if (parts != null) {
			Arrays.stream(FilePart.values())
				.filter(FilePart::consentable)
				.filter(part -> parts.contains(part.name()))
				.forEach(chosen::add);
		}
		return afterChange(id, redirect, "team.notice.consentSaved",
				() -> teams.decideConsent(id, membershipId, chosen));
	}

	@PostMapping(TEAM + "/{membershipId}/paper-consent")
	String paperConsent(@PathVariable UUID id, @PathVariable UUID membershipId, PaperConsentForm form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = teams.recordPaperConsent(id, membershipId, form);
		if (!errors.isEmpty()) {
			model.addAttribute("paperFor", membershipId.toString());
			model.addAttribute("paperForm", form);
			model.addAttribute("paperErrors", errors);
			return page(id, model, InvitationForm.blank(), FormErrors.none());
		}
		redirect.addFlashAttribute("notice", "team.notice.paperRecorded");
		return "redirect:/families/" + id + "/team";
	}

	@PostMapping(TEAM + "/{membershipId}/youth-view")
	String youthView(@PathVariable UUID id, @PathVariable UUID membershipId,
			@RequestParam(required = false) String opinion, @RequestParam(defaultValue = "") String comment,
			Model model, RedirectAttributes redirect) {
		YouthView.Opinion chosen = java.util.Arrays.stream(YouthView.Opinion.values())
			.filter(o -> o.name().equals(opinion))
			.findFirst()
			.orElse(null);
		FormErrors errors = teams.giveYouthView(id, membershipId, chosen, comment);
		if (!errors.isEmpty()) {
			model.addAttribute("notice", null);
			model.addAttribute("youthFor", membershipId.toString());
			model.addAttribute("youthErrors", errors);
			model.addAttribute("youthComment", comment);
			return page(id, model, InvitationForm.blank(), FormErrors.none());
		}
		redirect.addFlashAttribute("notice", "team.notice.youthViewSaved");
		return "redirect:/families/" + id + "/team";
	}

	@PostMapping(TEAM + "/closing")
	String close(@PathVariable UUID id, ClosingForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = teams.close(id, form);
		if (!errors.isEmpty()) {
			model.addAttribute("closingForm", form);
			model.addAttribute("closingErrors", errors);
			return page(id, model, InvitationForm.blank(), FormErrors.none());
		}
		redirect.addFlashAttribute("notice", "team.notice.closed");
		return "redirect:/families/" + id + "/team";
	}

	@PostMapping(TEAM + "/closing/words")
	String familyWords(@PathVariable UUID id, @RequestParam(defaultValue = "") String familyWords,
			@RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
		try {
			FormErrors errors = teams.setFamilyWords(id, familyWords, version);
			if (!errors.isEmpty()) {
				model.addAttribute("closingForm", new ClosingForm("", "", familyWords));
				model.addAttribute("closingErrors", errors);
				return page(id, model, InvitationForm.blank(), FormErrors.none());
			}
			redirect.addFlashAttribute("notice", "team.notice.wordsSaved");
		}
		catch (ConcurrentEditException e) {
			model.addAttribute("closingForm", new ClosingForm("", "", familyWords));
			model.addAttribute("closingErrors", FormErrors.none());
			model.addAttribute("notice", "team.notice.changedMeanwhile");
			return page(id, model, InvitationForm.blank(), FormErrors.none());
		}
		return "redirect:/families/" + id + "/team";
	}

	@PostMapping(TEAM + "/{membershipId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes redirect) {
		return afterChange(id, redirect, "team.notice.ended", () -> teams.end(id, membershipId));
	}

	/**
	 * Someone else acting on the same membership first is not an error: the page shows
	 * how things stand now.
	 */
	private String afterChange(UUID id, RedirectAttributes redirect, String notice, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConcurrentEditException e) {
			redirect.addFlashAttribute("notice", "team.notice.changedMeanwhile");
		}
		return "redirect:/families/" + id + "/team";
	}

	private String page(UUID id, Model model, InvitationForm form, FormErrors errors) {
		TeamView view = teams.team(id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("paperFor")) {
			model.addAttribute("paperFor", "");
			model.addAttribute("paperForm", new PaperConsentForm(null, null, null, null));
			model.addAttribute("paperErrors", FormErrors.none());
		}
		if (!model.containsAttribute("youthFor")) {
			model.addAttribute("youthFor", "");
			model.addAttribute("youthErrors", FormErrors.none());
			model.addAttribute("youthComment", "");
		}
		if (!model.containsAttribute("closingForm")) {
			model.addAttribute("closingForm",
					view.closed() ? new ClosingForm("", "", nz(view.closing().familyWords())) : ClosingForm.blank());
			model.addAttribute("closingErrors", FormErrors.none());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "team/team";
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
