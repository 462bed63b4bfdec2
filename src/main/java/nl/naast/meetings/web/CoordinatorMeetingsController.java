package nl.naast.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.naast.meetings.CalendarFeeds;
import nl.naast.meetings.Meetings;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;

/**
 * A coordinator's meetings across their families: the week list, and their personal
 * calendar feed.
 */
@Controller
class CoordinatorMeetingsController {

	static final String WEEK = "/meetings/week";

	static final String CALENDAR = "/meetings/calendar";

	static final String FEED = "/calendar/{token}";

	private final Meetings meetings;

	private final CalendarFeeds feeds;

	private final java.time.Clock clock;

	CoordinatorMeetingsController(Meetings meetings, CalendarFeeds feeds, java.time.Clock clock) {
		this.meetings = meetings;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping(WEEK)
	String week(@RequestParam(required = false) String day, Model model) {
		LocalDate today = DisplayTime.today(clock);
		LocalDate chosen = DateInput.anyDate(FormErrors.none(), "day", day).orElse(today);
		LocalDate monday = chosen.with(DayOfWeek.MONDAY);
		model.addAttribute("monday", monday);
		model.addAttribute("today", today);
		model.addAttribute("meetings", meetings.week(monday));
		return "meetings/week";
	}

	@GetMapping(CALENDAR)
	String calendar(Model model) {
		return calendarPage(model, null);
	}

	@PostMapping(CALENDAR)
	String renew(HttpServletRequest request, Model model) {
		String token = feeds.renew();
		return calendarPage(model,
				ServletUriComponentsBuilder.fromContextPath(request).path("/calendar/" + token).toUriString());
	}

	@PostMapping(CALENDAR + "/revoke")
	String revoke() {
		feeds.revoke();
		return "redirect:" + CALENDAR + "?revoked";
	}

	/**
	 * Read by calendar apps, without signing in: the secret in the address is the key.
	 */
	@GetMapping(FEED)
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		Optional<String> calendar = feeds.feed(token);
		if (calendar.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(calendar.get().getBytes(StandardCharsets.UTF_8));
	}

	private String calendarPage(Model model, String newAddress) {
		model.addAttribute("since", feeds.activeSince().orElse(null));
		model.addAttribute("address", newAddress);
		return "meetings/calendar";
	}

}
