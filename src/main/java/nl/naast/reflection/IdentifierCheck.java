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

	/**
	 * For texts about cases colleagues brought (the notes of an intervision session):
	 * checked against the families those cases are linked to. What was found in a family
	 * the writer may not read is not named, only that there is something.
	 * @param linkedBy each family, with the author who linked a case to it
	 */
	static void warnCases(FamilyIdentifiers identifiers, FormErrors errors, Map<UUID, UUID> linkedBy, boolean confirmed,
			String... texts) {
		if (confirmed) {
			return;
		}
		Map<Integer, String> numbered = new LinkedHashMap<>();
		for (int i = 0; i < texts.length; i++) {
			numbered.put(i, texts[i]);
		}
		FamilyIdentifiers.Screening<Integer> screening = identifiers.foundInCases(linkedBy, numbered);
		Set<String> found = new LinkedHashSet<>();
		screening.found().values().forEach(inText -> inText.forEach(f -> found.add(f.text())));
		if (!found.isEmpty()) {
			errors.add(FIELD, "reflection.identifiers.found", String.join(", ", found));
		}
		else if (!screening.inOtherFamilies().isEmpty()) {
			errors.add(FIELD, "reflection.identifiers.foundInCase");
		}
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
