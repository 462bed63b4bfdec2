package nl.naast.family;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;

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

	@Test
	void theFamilysOwnDetailsAreOnlyLookedForWhenTheWriterMayReadItsOverview() {
		FamilyRepository repository = mock(FamilyRepository.class);
		FamilyAccess access = mock(FamilyAccess.class);
		UUID familyId = UUID.randomUUID();
		Family family = new Family(familyId, "Familie Yilmaz",
				List.of(new Carer(UUID.randomUUID(), "Ayse Yilmaz", "06 1111 2222", "ayse@example.nl", null)),
				List.of(new Child(UUID.randomUUID(), "Emre Yilmaz", LocalDate.of(2012, 5, 14), LivingSituation.AT_HOME,
						null, null, null)),
				null, null, 0, Instant.EPOCH, Instant.EPOCH);
		when(repository.find(familyId)).thenReturn(Optional.of(family));
		FamilyIdentifiers checking = new FamilyIdentifiers(repository, access);
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("happened", "Emre is geboren op 14 mei 2012.");
		texts.put("impact", "Ze wonen op de Dorpsweg 3.");

		when(access.may(familyId, FilePart.OVERVIEW, AuditAction.VIEW)).thenReturn(true);
		Map<String, List<Found>> reader = checking.foundIn(familyId, texts);
		assertThat(reader.get("happened")).extracting(Found::kind)
			.containsExactly(IdentifierKind.NAME, IdentifierKind.DATE_OF_BIRTH);
		assertThat(reader.get("impact")).extracting(Found::kind).containsExactly(IdentifierKind.ADDRESS);

		// a team member without consent to read the file cannot learn it by guessing
		when(access.may(familyId, FilePart.OVERVIEW, AuditAction.VIEW)).thenReturn(false);
		Map<String, List<Found>> member = checking.foundIn(familyId, texts);
		assertThat(member.get("happened")).isEmpty();
		assertThat(member.get("impact")).extracting(Found::kind).containsExactly(IdentifierKind.ADDRESS);

		// one check recorded per call, however many texts; the family loaded only once
		verify(access, times(2)).require(familyId, FilePart.TEAM, AuditAction.LIST, "family.identifiers");
		verify(repository, times(1)).find(familyId);
	}

}
