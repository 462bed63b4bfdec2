package nl.naast.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.naast.family.FamilyIdentifiers.Found;
import nl.naast.family.FamilyIdentifiers.IdentifierKind;

/** What points at anyone, without knowing the family: addresses, numbers, dates. */
class FamilyIdentifiersTests {

	private final FamilyIdentifiers identifiers = new FamilyIdentifiers(null, null);

	private List<IdentifierKind> kinds(String text) {
		return identifiers.foundIn(text).stream().map(Found::kind).toList();
	}

	@Test
	void addressesPostcodesAndCitizenNumbersAreFound() {
		assertThat(identifiers.foundIn("Ze wonen op de Kerkstraat 12a in Utrecht."))
			.containsExactly(new Found("Kerkstraat 12a", IdentifierKind.ADDRESS));
		assertThat(kinds("Postcode 3511 AB.")).containsExactly(IdentifierKind.POSTCODE);
		assertThat(kinds("BSN 123456782")).containsExactly(IdentifierKind.CITIZEN_NUMBER);
		assertThat(kinds("BSN 1234.56.782")).containsExactly(IdentifierKind.CITIZEN_NUMBER);
	}

	@Test
	void phoneNumbersEmailAddressesAndDatesAreFound() {
		assertThat(kinds("Bel 06-12345678 of mail moeder@example.nl")).containsExactly(IdentifierKind.EMAIL,
				IdentifierKind.PHONE);
		assertThat(kinds("Bel +31 6 1234 5678")).containsExactly(IdentifierKind.PHONE);
		assertThat(kinds("Geboren op 14-05-2012.")).containsExactly(IdentifierKind.DATE);
	}

	@Test
	void ordinaryTextAboutAFamilyPassesUntouched() {
		assertThat(identifiers.foundIn("Een moeder met twee kinderen van 9 en 12 in een pleeggezin. "
				+ "Sinds 2024 drie organisaties, vier afspraken per week, 30 minuten reizen."))
			.isEmpty();
		assertThat(identifiers.foundIn("")).isEmpty();
		assertThat(identifiers.foundIn(null)).isEmpty();
	}

}
