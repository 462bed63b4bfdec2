package nl.naast.demands;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyMemberName;

/**
 * A meeting with a time is also an appointment, for each family member who goes: it
 * counts in the week's load and in clash detection like any other appointment. The
 * meeting keeps its appointments in step; they are not changed on their own.
 */
@Service
public class MeetingAppointments {

	private final DemandRepository demands;

	private final FamilyAccess access;

	private final FamilyFiles files;

	private final AuditLog audit;

	private final LoadRules rules;

	private final Clock clock;

	MeetingAppointments(DemandRepository demands, FamilyAccess access, FamilyFiles files, AuditLog audit,
			LoadRules rules, Clock clock) {
		this.demands = demands;
		this.access = access;
		this.files = files;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * When and where a meeting is, and which family members go.
	 *
	 * @param start null when the meeting has no time yet: then it is no appointment
	 */
	public record Schedule(UUID meetingId, String organisation, String people, String what, Instant start, Instant end,
			String place, Set<UUID> attendees, FilePart part) {

		/** A meeting's schedule. */
		public Schedule(UUID meetingId, String organisation, String people, String what, Instant start, Instant end,
				String place, Set<UUID> attendees) {
			this(meetingId, organisation, people, what, start, end, place, attendees, FilePart.MEETINGS);
		}

	}

	/**
	 * Makes the meeting's appointments match the schedule: new ones for new attendees,
	 * changed ones (with the reason, history kept) when time or place moved, withdrawn
	 * ones for people who no longer go.
	 * @return whether one of them clashes with another appointment of the same person
	 */
	@Transactional
	public boolean keep(UUID familyId, Schedule schedule, String reason) {
		// a contact moment's appointment follows the moment, for whoever may plan contact
		FilePart gate = schedule.part() == FilePart.CONTACT ? FilePart.CONTACT : FilePart.DEMANDS;
		FamilyGrant grant = access.authorise(familyId, gate, AuditAction.CREATE, "family.demands");
		Instant now = clock.instant();
		List<Demand> all = demands.ofFamily(familyId);
		List<Demand> ours = all.stream().filter(d -> d.open() && schedule.meetingId().equals(d.meetingId())).toList();
		Set<UUID> going = schedule.start() == null ? Set.of() : schedule.attendees();
		for (Demand old : ours) {
			if (!going.contains(old.askedOfId())) {
				demands.changeStatus(familyId, old, DemandStatus.WITHDRAWN, reason, grant.displayName(),
						grant.accountId(), now);
			}
		}
		List<Appointment> kept = new ArrayList<>();
		for (FamilyMemberName person : files.memberNames(grant)) {
			if (!going.contains(person.id())) {
				continue;
			}
			Optional<Demand> old = ours.stream().filter(d -> d.askedOfId().equals(person.id())).findFirst();
			Demand wanted = new Demand(old.map(Demand::id).orElseGet(nl.naast.shared.Ids::next),
					schedule.organisation(), schedule.people(), person.id(), person.name(), schedule.what(), null, null,
					DemandKind.APPOINTMENT, schedule.start(), schedule.end(), false, schedule.place(), null, false,
					null, DemandStatus.OPEN, null, old.map(Demand::recordedBy).orElse(grant.accountId()),
					old.map(Demand::recordedByName).orElse(grant.displayName()),
					old.map(Demand::recordedByKind).orElse(grant.relationship()), old.map(Demand::version).orElse(0),
					old.map(Demand::createdAt).orElse(now), null, null, null, null, schedule.meetingId(),
					schedule.part());
			if (old.isEmpty()) {
				demands.insert(familyId, wanted, now);
			}
			else if (!same(old.get(), wanted)) {
				demands.change(familyId, old.get(), wanted, reason, Demands.summary(old.get()), Demands.summary(wanted),
						grant.displayName(), grant.accountId(), now);
			}
			wanted.appointment().ifPresent(kept::add);
		}
		audit.record(new AuditEntry(grant.actor(), familyId, "family.demands.demand", AuditAction.UPDATE,
				AuditOutcome.ALLOWED, null));
		List<Appointment> others = all.stream()
			.filter(d -> !schedule.meetingId().equals(d.meetingId()))
			.flatMap(d -> d.appointment().stream())
			.toList();
		return kept.stream()
			.anyMatch(a -> Clashes.clashesWithAny(a, new ArrayList<>(others), rules.travelPerAppointment()));
	}

	private static boolean same(Demand a, Demand b) {
		return Objects.equals(a.what(), b.what()) && Objects.equals(a.startsAt(), b.startsAt())
				&& Objects.equals(a.endsAt(), b.endsAt()) && Objects.equals(a.place(), b.place())
				&& Objects.equals(a.askerOrg(), b.askerOrg()) && Objects.equals(a.askerPerson(), b.askerPerson());
	}

}
