package nl.naast.reflection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.naast.family.FamilyIdentifiers;
import nl.naast.family.FamilyIdentifiers.Found;
import nl.naast.shared.web.FormErrors;

/**
 * Texts that colleagues read must not point at a family. What could, is shown to the
 * writer, who removes it or confirms it is fine (a false alarm: a name that is also a
 * word). The field {@code identifiers} is the confirmation checkbox.
 */
final class IdentifierCheck {

	static final String FIELD = "identifiers";

	private IdentifierCheck() {
	}

	static void warn(FamilyIdentifiers identifiers, FormErrors errors, UUID familyId, boolean confirmed,
			String... texts) {
		if (confirmed) {
			return;
		}
		Set<String> found = new LinkedHashSet<>();
		for (String text : texts) {
			List<Found> inText = familyId == null ? identifiers.foundIn(text) : identifiers.foundIn(familyId, text);
			inText.forEach(f -> found.add(f.text()));
		}
		if (!found.isEmpty()) {
			errors.add(FIELD, "reflection.identifiers.found", String.join(", ", found));
		}
	}

}
