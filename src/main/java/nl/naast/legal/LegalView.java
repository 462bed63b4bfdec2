package nl.naast.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.naast.family.FamilyChildren.ChildFacts;

/**
 * The legal page: measures per child, events and deadlines in date order, what needs
 * attention now, and the rules Naast computes with.
 *
 * @param family whether the reader is a parent (plain words)
 * @param alerts deadlines past their day and still open, then those within their first
 * reminder, most urgent first
 * @param remindMe whether the reading parent chose reminders for themselves
 */
public record LegalView(UUID familyId, String familyName, boolean family, boolean mayWrite, boolean mayDelete,
		List<ChildFacts> children, List<Measure> measures, List<LegalEvent> events, List<Deadline> deadlines,
		List<Deadline> alerts, boolean remindMe, LocalDate today, Map<String, LegalRules.Rule> rules,
		Map<UUID, LocalDate> lapsesOn) {

	public String childName(UUID childId) {
		if (childId == null) {
			return null;
		}
		return children.stream().filter(c -> c.id().equals(childId)).map(ChildFacts::name).findFirst().orElse("");
	}

	public List<Measure> measuresOf(UUID childId) {
		return measures.stream().filter(m -> m.childId().equals(childId)).toList();
	}

	/**
	 * A configured period in words, to fill in a text from configuration rather than
	 * write it in: the message key and the number in it.
	 */
	public record Span(String key, long amount) {
	}

	/** The period of a configured rule in words, or null for no rule. */
	public Span span(String rule) {
		LegalRules.Rule r = rule == null ? null : rules.get(rule);
		return r == null ? null : Legal.span(r);
	}

	public Measure.Status status(Measure m) {
		return m.status(today, lapsesOn.get(m.id()));
	}

	public List<LegalEvent> openEvents() {
		return events.stream().filter(LegalEvent::open).toList();
	}

	public List<LegalEvent> doneEvents() {
		return events.stream().filter(e -> !e.open()).toList();
	}

	/**
	 * The day a computed deadline would have ended before it moved past a weekend or
	 * holiday, or null when it did not move.
	 */
	public LocalDate movedFrom(LegalEvent e) {
		if (!e.kind().computed() || e.baseOn() == null) {
			return null;
		}
		LocalDate raw = Legal.rawDeadline(rules.get(e.kind().rule()), e.baseOn());
		return !raw.equals(e.dueOn()) && Termijnen.extendedIfClosed(raw).equals(e.dueOn()) ? raw : null;
	}

}
