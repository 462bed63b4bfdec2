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
 */
public record ContactView(UUID familyId, String familyName, boolean family, boolean mayWrite, List<ChildFacts> children,
		List<ContactArrangement> arrangements, List<ContactMoment> moments, ContactStats total, LocalDate from,
		LocalDate to, Instant now, java.util.Map<UUID, List<ContactChange>> changes) {

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
