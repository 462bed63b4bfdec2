package nl.naast.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A child of the family and where it lives now.
 *
 * @param livingWith with whom, in the family's words (e.g. "grandmother", "foster family
 * in Almere")
 * @param email only for young people of 12 and older who get their own access
 */
public record Child(UUID id, String name, LocalDate dateOfBirth, LivingSituation livingSituation, LocalDate livingSince,
		String livingWith, String email) {

	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}
}
