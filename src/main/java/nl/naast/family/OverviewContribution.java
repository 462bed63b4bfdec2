package nl.naast.family;

import java.util.List;
import java.util.UUID;

/**
 * Lets a higher module put short items at the top of the family overview (the plan's end
 * goal, say) without the family module depending on it. Implementations decide themselves
 * whether the current person may see it.
 */
public interface OverviewContribution {

	/**
	 * The items for this family, most important first; none when there is nothing to say.
	 */
	List<OverviewItem> forFamily(UUID familyId);

	/**
	 * @param titleKey message key of the item's heading
	 * @param text the item itself, as written
	 * @param link where to read more, or null
	 * @param linkKey message key of the link's words
	 */
	record OverviewItem(String titleKey, String text, String link, String linkKey) {
	}

}
