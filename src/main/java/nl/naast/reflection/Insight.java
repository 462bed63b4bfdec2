package nl.naast.reflection;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An insight for the whole team: "I didn't know; now I do, so I do it differently".
 *
 * @param thought what we thought
 * @param learned what we learned
 * @param nowDo what we do now
 * @param marks how many said "this changed my work"
 */
public record Insight(UUID id, UUID authorId, String authorName, String title, String thought, String learned,
		String nowDo, Set<InsightTheme> themes, int marks, int comments, boolean markedByMe, int version,
		Instant createdAt, List<Comment> commentList) {

	public record Comment(UUID id, String authorName, String text, Instant createdAt) {
	}

}
