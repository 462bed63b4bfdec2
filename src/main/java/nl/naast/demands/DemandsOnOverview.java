package nl.naast.demands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.naast.family.OverviewContribution;

/**
 * Clashes, overloaded weeks and the family's marks at the top of the overview, until they
 * are dealt with.
 */
@Component
class DemandsOnOverview implements OverviewContribution {

	private final Demands demands;

	private final MessageSource messages;

	DemandsOnOverview(Demands demands, MessageSource messages) {
		this.demands = demands;
		this.messages = messages;
	}

	@Override
	public List<OverviewItem> forFamily(UUID familyId) {
		return demands.summary(familyId).map(summary -> {
			Locale locale = LocaleContextHolder.getLocale();
			List<String> parts = new ArrayList<>();
			add(parts, "demands.alert.clashes", summary.clashingDemands(), locale);
			add(parts, "demands.alert.overloaded", summary.overloadedWeeks(), locale);
			add(parts, "demands.alert.marks", summary.familyMarks(), locale);
			add(parts, "demands.alert.contradictions", summary.openContradictions(), locale);
			return new OverviewItem("demands.alert.title", String.join(" · ", parts),
					"/families/" + familyId + "/demands", "demands.alert.more");
		}).stream().toList();
	}

	/** Only what is there: "0 weeks too heavy" tells nobody anything. */
	private void add(List<String> parts, String key, long count, Locale locale) {
		if (count > 0) {
			parts.add(messages.getMessage(key, new Object[] { count }, locale));
		}
	}

}
