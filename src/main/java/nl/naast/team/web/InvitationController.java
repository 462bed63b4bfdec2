package nl.naast.team.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.team.InvitationView;
import nl.naast.team.Teams;

/**
 * A professional answers an invitation into a family's team, through the one-time link
 * from the e-mail.
 */
@Controller
class InvitationController {

	private final Teams teams;

	InvitationController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		model.addAttribute("invitation", teams.invitation(token));
		return "team/invitation";
	}

	@PostMapping("/invitations/{token}")
	String answer(@PathVariable String token, @RequestParam String answer, Model model, RedirectAttributes redirect) {
		InvitationView invitation = teams.invitation(token);
		if (invitation.problem() != null) {
			model.addAttribute("invitation", invitation);
			return "team/invitation";
		}
		Optional<UUID> family = teams.answer(token, "accept".equals(answer));
		redirect.addFlashAttribute("notice", family.isPresent() ? "invitation.accepted" : "invitation.declined");
		return "redirect:/families";
	}

}
