package nl.naast.demands;

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
	public Optional<OverviewItem> forFamily(UUID familyId) {
		return demands.summary(familyId)
			.map(s -> new OverviewItem("demands.alert.title", messages.getMessage("demands.alert.text",
					new Object[] { s.clashingDemands(), s.overloadedWeeks(), s.familyMarks(), s.openContradictions() },
					LocaleContextHolder.getLocale()), "/families/" + familyId + "/demands"));
	}

}
