package nl.naast.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.naast.shared.privacy.FamilyDataSection;

/**
 * Everything Naast holds about a family that the person who asked may see, gathered in
 * one transaction together with the audit record of the export.
 *
 * @param madeFor the name of the person who downloaded it
 */
public record FamilyExport(UUID familyId, String familyName, Instant madeAt, String madeFor,
		List<FamilyDataSection> sections) {

	/** Rows in all sections together. */
	public int rowCount() {
		return sections.stream().mapToInt(s -> s.rows().size()).sum();
	}

}
