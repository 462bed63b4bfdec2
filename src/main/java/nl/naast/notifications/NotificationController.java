package nl.naast.notifications;

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

import nl.naast.shared.PageRequest;

/**
 * A person's own notifications (/notifications), opening one, marking all read, and what
 * also comes by e-mail. Reading changes state, so it is a POST, never a GET.
 */
@Controller
class NotificationController {

	static final String LIST = "/notifications";

	static final String SETTINGS = "/notifications/settings";

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping(LIST)
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("notifications", notifications.mine(PageRequest.of(page)));
		return "notifications/list";
	}

	@PostMapping(LIST + "/{notificationId}/read")
	String open(@PathVariable UUID notificationId) {
		return "redirect:" + notifications.open(notificationId);
	}

	@PostMapping(LIST + "/read")
	String readAll(RedirectAttributes redirect) {
		notifications.readAll();
		redirect.addFlashAttribute("notice", "notifications.allRead");
		return "redirect:" + LIST;
	}

	@GetMapping(SETTINGS)
	String settings(Model model) {
		model.addAttribute("preferences", notifications.preferences());
		return "notifications/settings";
	}

	@PostMapping(SETTINGS)
	String choose(@RequestParam(name = "mail", required = false) List<String> mail, RedirectAttributes redirect) {
		Set<NotificationKind> byMail = EnumSet.noneOf(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			if (mail != null && mail.contains(kind.name())) {
				byMail.add(kind);
			}
		}
		notifications.chooseMail(byMail);
		redirect.addFlashAttribute("notice", "notifications.settings.saved");
		return "redirect:" + SETTINGS;
	}

}
