package nl.naast.generator;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids in the same format as {@link nl.naast.shared.Ids} (random version 4 UUIDs), but
 * drawn from a seeded random, so that the same seed gives the same ids.
 */
final class SeededIds {

	/** Unsigned, byte by byte: how H2 and PostgreSQL order a UUID column. */
	static final Comparator<UUID> DATABASE_ORDER = Comparator
		.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	private SeededIds() {
	}

	static UUID next(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/**
	 * The random for one family: each family has its own stream, so its data depends only
	 * on the seed and its number, not on the families before it.
	 */
	static SplittableRandom forFamily(long seed, int familyNumber) {
		return new SplittableRandom(seed * 1_000_003L + familyNumber);
	}

	/**
	 * Ids for the rows of one family, in the layout of a version 7 UUID: the first 64
	 * bits rise with the family's place in the generation order and the row's place in
	 * the family, the rest is random. Every new row then lands at the end of its table's
	 * primary key index instead of at a random place in it, so a bulk load touches only
	 * the last pages of each index rather than all of them. Family ids, which appear in
	 * URLs, stay random (see {@link #next}).
	 */
	static final class RowIds {

		/** 2023-01-01, the made-up start of the first family's time slot. */
		private static final long EPOCH_MILLIS = 1_672_531_200_000L;

		/**
		 * Each family has 16 "milliseconds" of 4,096 ids: 65,536 rows keep their order.
		 */
		private static final int MILLIS_PER_FAMILY = 16;

		private final SplittableRandom random;

		private final long familyMillis;

		private int count;

		RowIds(int position, SplittableRandom random) {
			this.random = random;
			this.familyMillis = EPOCH_MILLIS + (long) position * MILLIS_PER_FAMILY;
		}

		UUID next() {
			long millis = familyMillis + (count >>> 12);
			long most = (millis << 16) | 0x7000L | (count & 0xFFF);
			count++;
			long least = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
			return new UUID(most, least);
		}

	}

	/** The random for the accounts and organisations shared by all families. */
	static SplittableRandom forPeople(long seed) {
		return new SplittableRandom(seed * 1_000_003L - 1);
	}

}
