package nl.naast.story;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.shared.Slice;

/**
 * A family's story as one person may see it.
 *
 * @param entries this page of the timeline, in order of time; undated entries last
 * @param balance per domain, how many strengths, stressors and neutral entries
 * @param domain the domain shown, or null for all
 */
public record StoryView(UUID familyId, String familyName, RelationshipKind viewer, Slice<Entry> entries,
		Map<UUID, List<Response>> responses, Map<UUID, List<Attachment>> attachments,
		Map<Domain, Map<Valence, Long>> balance, Domain domain, boolean mayWrite, long maxAttachmentBytes) {

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	public List<Response> responsesTo(Entry entry) {
		return responses.getOrDefault(entry.id(), List.of());
	}

	public List<Attachment> attachmentsOf(Entry entry) {
		return attachments.getOrDefault(entry.id(), List.of());
	}

	public long count(Domain domain, Valence valence) {
		return balance.getOrDefault(domain, Map.of()).getOrDefault(valence, 0L);
	}

	public long total(Valence valence) {
		return balance.values().stream().mapToLong(m -> m.getOrDefault(valence, 0L)).sum();
	}

	/** Only problems recorded, no strengths: a file that tells half the story. */
	public boolean onlyProblems() {
		return total(Valence.STRESSOR) > 0 && total(Valence.STRENGTH) == 0;
	}

	/** The family answers what professionals wrote. */
	public boolean mayRespond(Entry entry) {
		return family() && entry.byProfessional();
	}

	static Map<Domain, Map<Valence, Long>> balanceOf(List<Map.Entry<Domain, Map.Entry<Valence, Long>>> rows) {
		Map<Domain, Map<Valence, Long>> balance = new EnumMap<>(Domain.class);
		rows.forEach(r -> balance.computeIfAbsent(r.getKey(), d -> new EnumMap<>(Valence.class))
			.put(r.getValue().getKey(), r.getValue().getValue()));
		return balance;
	}

}
