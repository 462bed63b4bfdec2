package nl.naast.journey;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.naast.family.OverviewContribution;

/** Ratings that ask attention, at the top of the coordinator's family overview. */
@Component
class NoticesOnOverview implements OverviewContribution {

	private final Journeys journeys;

	private final MessageSource messages;

	NoticesOnOverview(Journeys journeys, MessageSource messages) {
		this.journeys = journeys;
		this.messages = messages;
	}

	@Override
	public List<OverviewItem> forFamily(UUID familyId) {
		long open = journeys.openNotices(familyId);
		if (open == 0) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return List.of(new OverviewItem("journey.overview.title",
				messages.getMessage("journey.overview.notices", new Object[] { open }, locale),
				"/families/" + familyId + "/journey", "journey.overview.more"));
	}

}
