package nl.naast.generator;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids in the same format as {@link nl.naast.shared.Ids} (random version 4 UUIDs), but
 * drawn from a seeded random, so that the same seed gives the same ids.
 */
final class SeededIds {

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

	/** The random for the accounts and organisations shared by all families. */
	static SplittableRandom forPeople(long seed) {
		return new SplittableRandom(seed * 1_000_003L - 1);
	}

}
