package nl.naast.story;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.naast.access.RelationshipKind;
import nl.naast.story.AnalysisParts.Explanation;
import nl.naast.story.AnalysisParts.Factor;
import nl.naast.story.AnalysisParts.FactorKind;
import nl.naast.story.AnalysisParts.Link;
import nl.naast.story.AnalysisParts.Possibility;
import nl.naast.story.AnalysisParts.Question;
import nl.naast.story.AnalysisParts.Version;

/**
 * The explanatory analysis as one person may see it.
 *
 * @param labels a short name for every factor and story event, for links and circles
 * @param events the story's events, newest first, to choose as evidence or in a link
 * @param circles each vicious circle as its items in order, the first repeated at the end
 * @param picture the factors and links as an SVG drawing, circles highlighted
 */
public record AnalysisView(UUID familyId, String familyName, RelationshipKind viewer, List<Factor> factors,
		List<Factor> removedFactors, List<Link> links, List<List<UUID>> circles, List<Question> questions,
		Explanation explanation, List<Possibility> possibilities, List<Version> versions, Map<UUID, String> labels,
		List<Entry> events, String picture, boolean mayAdd, boolean mayChange) {

	public boolean family() {
		return viewer == RelationshipKind.PARENT;
	}

	public boolean coordinator() {
		return viewer == RelationshipKind.COORDINATOR;
	}

	public boolean member() {
		return viewer == RelationshipKind.TEAM_MEMBER;
	}

	public List<Factor> factors(FactorKind kind) {
		return factors.stream().filter(f -> f.kind() == kind).toList();
	}

	public String label(UUID id) {
		return labels.getOrDefault(id, "?");
	}

	/** How many links would go with this factor. */
	public long linksOf(Factor factor) {
		return links.stream().filter(l -> l.fromId().equals(factor.id()) || l.toId().equals(factor.id())).count();
	}

	/** The words of a circle: "A → B → C → A". */
	public String circle(List<UUID> circle) {
		return String.join(" → ", circle.stream().map(this::label).toList());
	}

	public boolean mayAnswerForFamily() {
		return family();
	}

	public boolean mayAnswerForTeam() {
		return coordinator();
	}

}
