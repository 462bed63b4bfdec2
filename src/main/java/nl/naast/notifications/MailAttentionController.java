package nl.naast.notifications;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notification mail that failed or was interrupted, for administrators
 * (/admin/notifications; the security configuration keeps /admin/** to them).
 */
@Controller
class MailAttentionController {

	static final String PAGE = "/admin/notifications";

	private final MailAttention attention;

	MailAttentionController(MailAttention attention) {
		this.attention = attention;
	}

	@GetMapping(PAGE)
	String problems(Model model) {
		model.addAttribute("problems", attention.problems());
		return "notifications/admin";
	}

	@PostMapping(PAGE + "/{mailId}/retry")
	String retry(@PathVariable UUID mailId, RedirectAttributes redirect) {
		attention.retry(mailId);
		redirect.addFlashAttribute("notice", "notifications.admin.retried");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{mailId}/discard")
	String discard(@PathVariable UUID mailId, RedirectAttributes redirect) {
		attention.discard(mailId);
		redirect.addFlashAttribute("notice", "notifications.admin.discarded");
		return "redirect:" + PAGE;
	}

}
