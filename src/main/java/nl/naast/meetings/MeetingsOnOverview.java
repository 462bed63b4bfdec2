package nl.naast.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.naast.family.OverviewContribution;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;

/**
 * The next meetings at the top of the family overview and the parent's home page, and for
 * a parent the meetings they have not yet said whether they helped.
 */
@Component
class MeetingsOnOverview implements OverviewContribution {

	private final Meetings meetings;

	private final Accounts accounts;

	private final MessageSource messages;

	MeetingsOnOverview(Meetings meetings, Accounts accounts, MessageSource messages) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<OverviewItem> forFamily(UUID familyId) {
		Optional<CurrentUser> user = accounts.currentIfSignedIn();
		if (user.isEmpty()) {
			return List.of();
		}
		boolean parent = user.get().role() == Role.PARENT;
		return meetings.upcoming(familyId, user.get().accountId(), parent).map(upcoming -> {
			Locale locale = LocaleContextHolder.getLocale();
			String link = "/families/" + familyId + "/meetings";
			List<OverviewItem> items = new ArrayList<>();
			List<String> next = new ArrayList<>();
			for (Meeting m : upcoming.next()) {
				String when = DisplayTime.day(m.meetsOn(), locale)
						+ (m.hasTime() ? ", " + DisplayTime.time(m.startsAt()) : "");
				next.add(messages.getMessage("meetings.overview.next",
						new Object[] { kind(m, locale), m.organisation(), when }, locale));
			}
			if (!next.isEmpty()) {
				items.add(new OverviewItem("meetings.overview.title", String.join("\n", next), link,
						"meetings.overview.more"));
			}
			List<String> ask = upcoming.toAnswer()
				.stream()
				.map(m -> messages.getMessage("meetings.overview.askFeedback",
						new Object[] { kind(m, locale), DisplayTime.day(m.meetsOn(), locale) }, locale))
				.toList();
			if (!ask.isEmpty()) {
				items.add(new OverviewItem("meetings.overview.feedbackTitle", String.join("\n", ask), link,
						"meetings.overview.answer"));
			}
			return items;
		}).orElse(List.of());
	}

	private String kind(Meeting m, Locale locale) {
		return messages.getMessage("meetings.kind." + m.kind().name(), null, locale);
	}

}
