package nl.naast.reflection;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.naast.family.FamilyIdentifiers;
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
		if (familyId == null) {
			for (String text : texts) {
				identifiers.foundIn(text).forEach(f -> found.add(f.text()));
			}
		}
		else {
			Map<Integer, String> numbered = new LinkedHashMap<>();
			for (int i = 0; i < texts.length; i++) {
				numbered.put(i, texts[i]);
			}
			identifiers.foundIn(familyId, numbered)
				.values()
				.forEach(inText -> inText.forEach(f -> found.add(f.text())));
		}
		if (!found.isEmpty()) {
			errors.add(FIELD, "reflection.identifiers.found", String.join(", ", found));
		}
	}

}
