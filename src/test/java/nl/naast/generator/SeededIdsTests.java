package nl.naast.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SeededIdsTests {

	/** Unsigned, byte by byte: the order of a UUID column in H2 and PostgreSQL. */
	private static final Comparator<UUID> DATABASE_ORDER = Comparator
		.comparing((UUID id) -> id.getMostSignificantBits(), Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	@Test
	void rowIdsRiseWithinAFamilyAndFromOneFamilyToTheNext() {
		List<UUID> ids = new ArrayList<>();
		for (int family = 1; family <= 3; family++) {
			SeededIds.RowIds rows = new SeededIds.RowIds(family, SeededIds.forFamily(7, family));
			// more than one block of 4,096, as the family with the long story has
			for (int i = 0; i < 12_000; i++) {
				ids.add(rows.next());
			}
		}
		assertThat(ids).isSortedAccordingTo(DATABASE_ORDER);
		assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
		assertThat(ids).allSatisfy(id -> {
			assertThat(id.version()).isEqualTo(7);
			assertThat(id.variant()).isEqualTo(2);
		});
	}

	@Test
	void theSameSeedGivesTheSameIdsAndAnotherSeedOthers() {
		UUID first = new SeededIds.RowIds(5, SeededIds.forFamily(2026, 5)).next();
		assertThat(new SeededIds.RowIds(5, SeededIds.forFamily(2026, 5)).next()).isEqualTo(first);
		assertThat(new SeededIds.RowIds(5, SeededIds.forFamily(2027, 5)).next()).isNotEqualTo(first);
	}

	@Test
	void familyIdsStayRandom() {
		UUID family = Generator.familyId(2026, 1);
		assertThat(family.version()).isEqualTo(4);
		assertThat(Generator.familyId(2026, 2)).isNotEqualTo(family);
	}

}
