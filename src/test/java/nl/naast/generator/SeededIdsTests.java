package nl.naast.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SeededIdsTests {

	private static final Comparator<UUID> DATABASE_ORDER = SeededIds.DATABASE_ORDER;

	@Test
	void rowIdsRiseWithinAFamilyAndFromOneFamilyToTheNext() {
		List<UUID> ids = new ArrayList<>();
		for (int position = 1; position <= 3; position++) {
			SeededIds.RowIds rows = new SeededIds.RowIds(position, SeededIds.forFamily(7, 10 - position));
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
	void familiesAreGeneratedInTheOrderOfTheirIds() {
		int[] order = Generator.generationOrder(2026, 1_000);
		assertThat(order).hasSize(1_000);
		assertThat(Arrays.stream(order).boxed().collect(Collectors.toSet())).hasSize(1_000)
			.allSatisfy(number -> assertThat(number).isBetween(1, 1_000));
		List<UUID> ids = Arrays.stream(order).mapToObj(number -> Generator.familyId(2026, number)).toList();
		assertThat(ids).isSortedAccordingTo(DATABASE_ORDER);
		// not simply the order of the numbers: the ids are random
		assertThat(order).isNotEqualTo(IntStream.rangeClosed(1, 1_000).toArray());
	}

	@Test
	void unsignedOrderPutsIdsWithTheHighBitSetLast() {
		UUID low = UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff");
		UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");
		assertThat(DATABASE_ORDER.compare(low, high)).isNegative();
		assertThat(low.compareTo(high)).as("Java's own order is signed").isPositive();
	}

	@Test
	void familyIdsStayRandom() {
		UUID family = Generator.familyId(2026, 1);
		assertThat(family.version()).isEqualTo(4);
		assertThat(Generator.familyId(2026, 2)).isNotEqualTo(family);
	}

}
