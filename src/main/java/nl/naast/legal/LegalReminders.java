package nl.naast.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.family.FamilyChildren;
import nl.naast.family.FamilyDirectory;
import nl.naast.identity.Accounts;
import nl.naast.notifications.NotificationDue;
import nl.naast.notifications.NotificationKind;
import nl.naast.shared.DisplayTime;

/**
 * Every day, a reminder for each end date and deadline that has come within one of its
 * lead times: to the family's coordinators, and to parents who chose so, each only while
 * they may still read the legal part. Each reminder is kept, so running again (after a
 * restart, twice in a day) sends nothing twice; a changed date is a new date and is
 * reminded of again; a deleted measure is not.
 */
@Service
public class LegalReminders {

	private static final Logger log = LoggerFactory.getLogger(LegalReminders.class);

	private final LegalRepository repository;

	private final LegalRules rules;

	private final FamilyChildren children;

	private final FamilyDirectory directory;

	private final CoordinatorAssignments coordinators;

	private final FamilyAccess access;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalReminders(LegalRepository repository, LegalRules rules, FamilyChildren children, FamilyDirectory directory,
			CoordinatorAssignments coordinators, FamilyAccess access, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.rules = rules;
		this.children = children;
		this.directory = directory;
		this.coordinators = coordinators;
		this.access = access;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${naast.legal.reminders.cron}", zone = "Europe/Amsterdam")
	void daily() {
		int sent = run();
		log.info("Legal reminders: {} sent", sent);
	}

	/** Sends what is due today; returns how many reminders went out. */
	@Transactional
	public int run() {
		LocalDate today = DisplayTime.today(clock);
		long longest = longestLead();
		LocalDate horizon = today.plusDays(longest);
		List<Deadline> due = new ArrayList<>();
		Map<UUID, String> familyNames = new HashMap<>();
		List<LegalRepository.DueItem> items = repository.dueBetween(today, horizon);
		Map<UUID, String> childNames = childNames(items);
		for (LegalRepository.DueItem item : items) {
			boolean measure = item.source().equals("MEASURE");
			due.add(new Deadline(item.familyId(), familyNames.computeIfAbsent(item.familyId(), directory::name),
					item.itemId(), measure ? Deadline.Source.MEASURE : Deadline.Source.EVENT, item.kind(),
					item.childId() == null ? null : childNames.get(item.childId()), item.dueOn(),
					Legal.days(measure ? rules.reminders().measure() : rules.reminders().deadline())));
		}
		for (FamilyChildren.Birthday b : children.turningAdult(today, horizon)) {
			due.add(new Deadline(b.familyId(), b.familyName(), b.childId(), Deadline.Source.BIRTHDAY, "BIRTHDAY",
					b.childName(), b.adultOn(), Legal.days(rules.reminders().birthday())));
		}
		int sent = 0;
		Map<UUID, List<UUID>> coordinatorsOf = coordinators
			.coordinatorsOf(due.stream().map(Deadline::familyId).distinct().toList());
		for (Deadline d : due) {
			long lead = d.reachedLead(today);
			if (lead < 0 || !repository.remember(d.itemId(), d.dueOn(), lead, d.familyId(), clock.instant())) {
				continue;
			}
			Set<UUID> professionals = new LinkedHashSet<>(coordinatorsOf.getOrDefault(d.familyId(), List.of()));
			for (UUID coordinator : professionals) {
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

	private Map<UUID, String> childNames(Collection<LegalRepository.DueItem> items) {
		Map<UUID, String> names = new HashMap<>();
		items.stream()
			.map(LegalRepository.DueItem::familyId)
			.distinct()
			.forEach(familyId -> children.names(familyId).forEach(names::put));
		return names;
	}

	private long longestLead() {
		long longest = 0;
		for (var list : List.of(rules.reminders().measure(), rules.reminders().deadline(),
				rules.reminders().birthday())) {
			for (long d : Legal.days(list)) {
				longest = Math.max(longest, d);
			}
		}
		return longest;
	}

}
