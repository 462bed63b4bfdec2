package nl.naast.trainings.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.FormSubmission;
import nl.naast.trainings.Forms.RegistrationForm;
import nl.naast.trainings.Forms.RequestForm;
import nl.naast.trainings.TrainingDate;
import nl.naast.trainings.Trainings;
import nl.naast.trainings.Views.Cancelled;
import nl.naast.trainings.Views.Registered;
import nl.naast.trainings.Views.SessionPage;

/**
 * The public side of trainings, without signing in: the catalogue, a session with its
 * dates and the registration form, the page behind the cancel link, and the form for a
 * custom request.
 */
@Controller
class TrainingsController {

	static final String CATALOGUE = "/trainings";

	static final String REQUEST = CATALOGUE + "/request";

	static final String REGISTRATION = CATALOGUE + "/registrations/{registrationToken}";

	private final Trainings trainings;

	TrainingsController(Trainings trainings) {
		this.trainings = trainings;
	}

	@GetMapping(CATALOGUE)
	String catalogue(Model model) {
		model.addAttribute("entries", trainings.catalogue());
		return "trainings/catalogue";
	}

	@GetMapping(CATALOGUE + "/{trainingSlug}")
	String session(@PathVariable("trainingSlug") String slug, @RequestParam(required = false) String date,
			Model model) {
		SessionPage page = trainings.page(slug);
		return sessionPage(page, chosen(page, date), model, FormErrors.none(), Map.of());
	}

	@PostMapping(CATALOGUE + "/dates/{dateId}/registrations")
	String register(@PathVariable UUID dateId, RegistrationForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SessionPage page = trainings.pageOfDate(dateId);
		Registered registered = trainings.register(dateId, form, request.getRemoteAddr());
		if (registered.refused()) {
			return sessionPage(page, dateId.toString(), model, registered.errors(), FormSubmission.typed(request));
		}
		redirect.addFlashAttribute("registered", registered.answer());
		return "redirect:" + CATALOGUE + "/" + page.session().slug();
	}

	@GetMapping(REGISTRATION)
	String registration(@PathVariable("registrationToken") String token, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("view", trainings.registration(token));
		model.addAttribute("token", token);
		return "trainings/registration";
	}

	@PostMapping(REGISTRATION + "/cancel")
	String cancel(@PathVariable("registrationToken") String token, RedirectAttributes redirect) {
		Cancelled cancelled = trainings.cancel(token);
		redirect.addFlashAttribute("notice", "trainings.public.cancelled." + cancelled.name());
		return "redirect:" + CATALOGUE + "/registrations/" + token;
	}

	@GetMapping(REQUEST)
	String requestForm(Model model) {
		return requestPage(model, FormErrors.none(), Map.of());
	}

	@PostMapping(REQUEST)
	String request(RequestForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return FormSubmission.handle(request, () -> trainings.request(form, request.getRemoteAddr()),
				back -> requestPage(model, back.errors(), back.typed()), () -> {
					redirect.addFlashAttribute("notice", "trainings.public.request.sent");
					return "redirect:" + REQUEST;
				});
	}

	private static String chosen(SessionPage page, String date) {
		return page.dates()
			.stream()
			.filter(d -> d.id().toString().equals(date))
			.findFirst()
			.or(() -> page.dates().stream().filter(page::open).findFirst())
			.map(TrainingDate::id)
			.map(UUID::toString)
			.orElse("");
	}

	private String sessionPage(SessionPage page, String chosenDate, Model model, FormErrors errors,
			Map<String, String> typed) {
		model.addAttribute("view", page);
		model.addAttribute("chosen", chosenDate);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("keepFor", trainings.keepRegistrationsInWords(LocaleContextHolder.getLocale()));
		return "trainings/session";
	}

	private String requestPage(Model model, FormErrors errors, Map<String, String> typed) {
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "trainings/request";
	}

}
