package nl.naast.shared.privacy;

import java.util.List;
import java.util.Map;

/**
 * One table of a family's export.
 *
 * @param key stable name, used in the JSON and for the message key
 * {@code privacy.section.<key>} of the heading
 * @param rows the rows, each column name to value (text, number, boolean or null), in the
 * order of the columns
 */
public record FamilyDataSection(String key, List<Map<String, Object>> rows) {

	public FamilyDataSection {
		rows = List.copyOf(rows);
	}

}
