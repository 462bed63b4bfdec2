package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.naast.family.FamilyChildren.ChildFacts;

/**
 * The contact page: each child's arrangement, the moments in a period and what happened,
 * and the totals.
 *
 * @param family whether the reader is a parent (plain words)
 * @param changes what was said about each moment, by whom and when
 * @param arrangementChanges how each arrangement stood before each correction
 */
public record ContactView(UUID familyId, String familyName, boolean family, boolean mayWrite, List<ChildFacts> children,
		List<ContactArrangement> arrangements, List<ContactMoment> moments, ContactStats total, LocalDate from,
		LocalDate to, Instant now, java.util.Map<UUID, List<ContactChange>> changes,
		java.util.Map<UUID, List<ContactArrangementChange>> arrangementChanges, LocalDate today) {

	/** The arrangement in force today for a child, if any: the latest that started. */
	public java.util.Optional<ContactArrangement> currentOf(UUID childId) {
		return arrangementsOf(childId).stream().filter(a -> a.current(today)).findFirst();
	}

	/** A child's other arrangements: those that ended, and those that start later. */
	public List<ContactArrangement> othersOf(UUID childId) {
		java.util.Optional<ContactArrangement> current = currentOf(childId);
		return arrangementsOf(childId).stream()
			.filter(a -> current.map(c -> !c.id().equals(a.id())).orElse(true))
			.toList();
	}

	/** How an arrangement stood before each change, oldest first. */
	public List<ContactArrangementChange> changesOfArrangement(UUID arrangementId) {
		return arrangementChanges.getOrDefault(arrangementId, List.of());
	}

	/** Everything said about a moment, oldest first: nothing is overwritten unseen. */
	public List<ContactChange> changesOf(UUID momentId) {
		return changes.getOrDefault(momentId, List.of());
	}

	public String childName(UUID childId) {
		return children.stream().filter(c -> c.id().equals(childId)).map(ChildFacts::name).findFirst().orElse("");
	}

	public ContactStats statsOf(UUID childId) {
		return ContactStats.of(moments.stream().filter(m -> m.childId().equals(childId)).toList(), from, to, now);
	}

	public List<ContactArrangement> arrangementsOf(UUID childId) {
		return arrangements.stream().filter(a -> a.childId().equals(childId)).toList();
	}

}
