package nl.naast.privacy;

import java.util.List;
import java.util.UUID;

/**
 * The page "Mijn gegevens".
 *
 * @param mayAsk the person may ask for a correction (the family's own people)
 * @param mayAnswer the person sets the status of requests (the coordinator)
 * @param seesAccessLog the person may open "who looked at our file"
 */
public record MyDataView(UUID familyId, String familyName, boolean mayAsk, boolean mayAnswer, boolean seesAccessLog,
		List<Rectification> requests) {

	public long open() {
		return requests.stream().filter(r -> r.status().open()).count();
	}

}
