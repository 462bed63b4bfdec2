package nl.naast.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.family.FamilyChildren;
import nl.naast.identity.Accounts;
import nl.naast.notifications.NotificationDue;
import nl.naast.notifications.NotificationKind;
import nl.naast.shared.DisplayTime;

/**
 * Every day, a reminder for each end date and deadline that has come within one of its
 * lead times: to the family's coordinators, and to parents who chose so, each only while
 * they may still read the legal part. Each reminder is kept, so running again (after a
 * restart, twice in a day) sends nothing twice; a changed date is a new date and is
 * reminded of again; a deleted measure is not, nor one a later measure carries on, nor an
 * authorisation for placement that lapsed (its lapse day is reminded of instead). Lead
 * times differ per kind of deadline ({@link LegalRules.Reminders}).
 */
@Service
public class LegalReminders {

	private final LegalRepository repository;

	private final LegalRules rules;

	private final FamilyChildren children;

	private final CoordinatorAssignments coordinators;

	private final FamilyAccess access;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalReminders(LegalRepository repository, LegalRules rules, FamilyChildren children,
			CoordinatorAssignments coordinators, FamilyAccess access, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.rules = rules;
		this.children = children;
		this.coordinators = coordinators;
		this.access = access;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Sends what is due today; returns how many reminders went out. */
	@Transactional
	public int run() {
		LocalDate today = DisplayTime.today(clock);
		LocalDate horizon = today.plusDays(longestLead());
		List<LegalRepository.DueItem> items = repository.eventsDueBetween(today, horizon);
		// a placement lapses a period after its start: a week's margin for months of
		// different lengths, the exact day is computed below
		LocalDate placedSince = today.minus(rules.rule("muhp-lapse").duration()).minusWeeks(1);
		Map<UUID, List<Measure>> measures = repository
			.measuresOf(repository.familiesWithMeasuresDue(today, horizon, placedSince));
		List<FamilyChildren.Birthday> birthdays = children.turningAdult(today, horizon);
		// families whose work has ended get no more reminders
		Set<UUID> families = new LinkedHashSet<>();
		items.forEach(i -> families.add(i.familyId()));
		families.addAll(measures.keySet());
		birthdays.forEach(b -> families.add(b.familyId()));
		families.removeIf(id -> access.retentionUntil(id).isPresent());
		List<UUID> open = List.copyOf(families);
		Map<UUID, String> familyNames = children.familyNames(open);
		Map<UUID, String> childNames = new HashMap<>();
		children.ofFamilies(open).values().forEach(list -> list.forEach(c -> childNames.put(c.id(), c.name())));
		List<Deadline> due = new ArrayList<>();
		for (LegalRepository.DueItem item : items) {
			if (families.contains(item.familyId())) {
				due.add(new Deadline(item.familyId(), familyNames.get(item.familyId()), item.itemId(),
						Deadline.Source.EVENT, item.kind(),
						item.childId() == null ? null : childNames.get(item.childId()), item.dueOn(),
						Legal.days(rules.reminders().forEvent(EventKind.valueOf(item.kind())))));
			}
		}
		for (Map.Entry<UUID, List<Measure>> family : measures.entrySet()) {
			if (!families.contains(family.getKey())) {
				continue;
			}
			for (Measure m : family.getValue()) {
				Legal
					.deadlinesOf(family.getKey(), familyNames.get(family.getKey()), m, family.getValue(),
							childNames.get(m.childId()), today, rules)
					.stream()
					.filter(d -> !d.dueOn().isAfter(horizon))
					.forEach(due::add);
			}
		}
		for (FamilyChildren.Birthday b : birthdays) {
			if (families.contains(b.familyId())) {
				due.add(new Deadline(b.familyId(), b.familyName(), b.childId(), Deadline.Source.BIRTHDAY, "BIRTHDAY",
						b.childName(), b.adultOn(), Legal.days(rules.reminders().birthday())));
			}
		}
		int sent = 0;
		Map<UUID, List<UUID>> coordinatorsOf = coordinators.coordinatorsOf(open);
		for (Deadline d : due) {
			long lead = d.reachedLead(today);
			if (lead < 0 || !repository.remember(d.itemId(), d.dueOn(), lead, d.familyId(), clock.instant())) {
				continue;
			}
			for (UUID coordinator : coordinatorsOf.getOrDefault(d.familyId(), List.of())) {
				sent += tell(coordinator, d, lead, false);
			}
			for (UUID parent : repository.parentsWhoChose(d.familyId())) {
				sent += tell(parent, d, lead, true);
			}
		}
		return sent;
	}

	private int tell(UUID accountId, Deadline d, long lead, boolean family) {
		boolean mayRead = accounts.actingAs(accountId,
				() -> access.may(d.familyId(), FilePart.LEGAL, AuditAction.VIEW));
		if (!mayRead) {
			return 0;
		}
		String key = "legal.reminder." + d.messageKind() + (family ? ".family" : "");
		String day = d.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
		events.publishEvent(new NotificationDue(accountId, NotificationKind.DEADLINE, key,
				List.of(d.familyName(), d.childName() == null ? "" : d.childName(), day, String.valueOf(lead / 7)),
				"/families/" + d.familyId() + "/legal", "legal:" + d.itemId() + ":" + d.dueOn() + ":" + lead));
		return 1;
	}

	private long longestLead() {
		long longest = 0;
		for (var list : rules.reminders().all()) {
			for (long d : Legal.days(list)) {
				longest = Math.max(longest, d);
			}
		}
		return longest;
	}

}
