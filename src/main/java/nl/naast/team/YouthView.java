package nl.naast.team;

import java.util.UUID;

/**
 * What a young person (12 or older) thinks of a team member seeing the family's file. The
 * parents decide; they see this view beside their choice.
 */
public record YouthView(UUID youthAccountId, String youthName, UUID memberAccountId, Opinion opinion, String comment) {

	public enum Opinion {

		AGREE, RATHER_NOT, DONT_KNOW

	}

}
