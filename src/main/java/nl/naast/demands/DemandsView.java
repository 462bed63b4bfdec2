package nl.naast.demands;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.family.FamilyMemberName;

/**
 * What is asked of the family, as one person may see it.
 *
 * @param coming open demands from this week on, soonest first
 * @param ongoing open conditions and expectations, which have no date
 * @param clashing demands whose appointments cannot both be kept
 * @param load per person, the past 8 weeks and the coming 8
 * @param marks the family's marks, newest first (the coordinator sees them first)
 */
public record DemandsView(UUID familyId, String familyName, RelationshipKind viewer, UUID viewerAccountId,
		List<Demand> coming, List<Demand> ongoing, List<Demand> past, Set<UUID> clashing, List<WeekLoad> load,
		LocalDate thisMonday, Map<UUID, List<Mark>> marks, List<FamilyMemberName> members, String loadSvg,
		boolean closed, List<Contradiction> contradictions, Map<UUID, Demand> byId,
		Map<UUID, List<DemandChange>> changes, boolean seesMeetings, boolean seesContact) {

	/**
	 * A meeting's appointment shown to someone the family did not open its meetings to:
	 * only that there is an appointment, and when.
	 */
	public boolean masked(Demand demand) {
		return demand.fromMeeting() && !seesMeetings || demand.fromContact() && !seesContact;
	}

	public List<DemandChange> changesOf(UUID demandId) {
		return changes.getOrDefault(demandId, List.of());
	}

	/**
	 * Whether this person may change what the demand says: the asker, or the coordinator.
	 */
	public boolean mayChange(Demand demand) {
		return !closed && demand.open() && !demand.linked()
				&& (demand.recordedBy().equals(viewerAccountId) || coordinator());
	}

	public DemandForm formOf(Demand demand) {
		return DemandForm.of(demand, nl.naast.shared.DisplayTime.ZONE);
	}

	public List<Contradiction> openContradictions() {
		return contradictions.stream().filter(Contradiction::open).toList();
	}

	public List<Contradiction> resolvedContradictions() {
		return contradictions.stream().filter(c -> !c.open()).toList();
	}

	public Demand demand(UUID id) {
		return byId.get(id);
	}

	/** Other open demands this one could contradict, for the link form. */
	public List<Demand> others(Demand demand) {
		return byId.values().stream().filter(d -> d.open() && !d.id().equals(demand.id()) && !masked(d)).toList();
	}

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean coordinator() {
		return viewer == RelationshipKind.COORDINATOR;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	public boolean mayRecord() {
		return !closed || family();
	}

	/**
	 * Done: the family, the coordinator, or whoever recorded it. Withdrawn: the asker or
	 * the coordinator.
	 */
	public boolean mayClose(Demand demand, boolean withdraw) {
		if ((closed && !family()) || demand.linked()) {
			return false;
		}
		boolean recorder = demand.recordedBy().equals(viewerAccountId);
		return withdraw ? recorder || coordinator() : recorder || coordinator() || family();
	}

	public List<Mark> marksOn(UUID demandId) {
		return marks.getOrDefault(demandId, List.of());
	}

	public List<WeekLoad> overloadAhead() {
		return load.stream().filter(w -> w.overload() && !w.monday().isBefore(thisMonday)).toList();
	}

	public List<Mark> allMarks() {
		return marks.values().stream().flatMap(List::stream).toList();
	}

}
