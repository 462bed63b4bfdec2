package nl.naast.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.journey.Parts.Entry;
import nl.naast.journey.Parts.Mood;
import nl.naast.journey.Parts.Notice;
import nl.naast.journey.Parts.Rating;

/**
 * A family's journey as one person may see it.
 *
 * @param ratings the ratings this person may see: a parent their own, the coordinator and
 * members the family shared them with all
 * @param professionals who can be rated: the coordinator and the team members
 * @param picture the months drawn as SVG
 * @param months the months of the picture, for its text table
 */
public record JourneyView(UUID familyId, String familyName, RelationshipKind viewer, UUID viewerId, List<Entry> entries,
		List<Mood> moods, List<Rating> ratings, List<Notice> notices, Map<UUID, String> professionals, String picture,
		List<JourneyPicture.Month> months, LocalDate thisMonth, boolean closed, java.time.Instant now) {

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean coordinator() {
		return viewer == RelationshipKind.COORDINATOR;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	public boolean mayWrite() {
		return family() || (coordinator() && !closed);
	}

	public String professional(UUID id) {
		return professionals.getOrDefault(id, "?");
	}

	public Optional<Mood> myMood() {
		return moods.stream().filter(m -> m.byId().equals(viewerId) && m.month().equals(thisMonth)).findFirst();
	}

	/**
	 * This parent's rating of this person that can still be corrected (a week after
	 * giving it).
	 */
	public Optional<Rating> myRatingOf(UUID professionalId) {
		return ratings.stream()
			.filter(r -> r.parentId().equals(viewerId) && r.professionalId().equals(professionalId)
					&& r.createdAt().plus(java.time.Duration.ofDays(7)).isAfter(now))
			.findFirst();
	}

	/** Rated this month already, and the week to correct it is over: next month again. */
	public boolean ratedThisMonth(UUID professionalId) {
		return myRatingOf(professionalId).isEmpty() && ratings.stream()
			.anyMatch(r -> r.parentId().equals(viewerId) && r.professionalId().equals(professionalId)
					&& r.month().equals(thisMonth));
	}

	public List<Notice> noticesOn(Rating rating) {
		return notices.stream().filter(n -> n.ratingId().equals(rating.id())).toList();
	}

	public List<Notice> openNotices() {
		return notices.stream().filter(Notice::open).toList();
	}

	public Rating rating(UUID id) {
		return ratings.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
	}

}
