package nl.naast.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.naast.reporting.Suppression.Group;
import nl.naast.reporting.Suppression.Outcome;

/**
 * Small groups stay hidden even to someone who subtracts: whoever knows a total (shown on
 * the page, or learnt from another group that adds up to it) and every number shown, and
 * knows how Naast withholds, can still not tell any withheld number.
 */
class SuppressionTests {

	private static final int MAX_VALUE = 9;

	@Test
	void oneSmallRowAloneWouldBeGivenAwayByTheTotalSoTheNextSmallestIsWithheldToo() {
		// families per coordinator 3, 6, 7 and families starting 2 or working 14: both
		// add up to the 16 open families
		Outcome outcome = Suppression
			.apply(List.of(Group.of("open", List.of(3L, 6L, 7L), false), Group.of("open", List.of(2L, 14L), false)));
		assertThat(outcome.withheld().get(0)).containsExactly(true, true, false);
		assertThat(outcome.shielding().get(0)).containsExactly(false, true, false);
		assertThat(outcome.withheld().get(1)).containsExactly(true, true);
	}

	@Test
	void aTotalThatWouldGiveAwayTheOnlySmallCountIsWithheldAndNotLearntElsewhere() {
		// one organisation outside the ten most frequent, named 3 times: the "others
		// together" total would be that 3; another group adding up to it withholds too
		Outcome outcome = Suppression
			.apply(List.of(Group.of("others", List.of(3L), true), Group.of("others", List.of(2L, 1L), false)));
		assertThat(outcome.totalsWithheld()).containsExactly("others");
		assertThat(outcome.withheld().get(0)).containsExactly(true);
		assertThat(outcome.withheld().get(1)).containsExactly(true, true);
	}

	@Test
	void whenOnlyZerosAreLeftTheyAreWithheldToo() {
		// all barriers in one category: with the zeros shown, the total would give it
		// away
		Outcome outcome = Suppression.apply(List.of(Group.of("barriers", List.of(3L, 0L, 0L), true)));
		assertThat(outcome.withheld().get(0)).containsExactly(true, true, true);
		assertThat(outcome.totalsWithheld()).isEmpty();
	}

	@Test
	void withoutSmallCountsNothingIsWithheld() {
		Outcome outcome = Suppression.apply(List.of(Group.of("t", List.of(5L, 0L, 9L), true)));
		assertThat(outcome.withheld().get(0)).containsExactly(false, false, false);
		assertThat(outcome.totalsWithheld()).isEmpty();
	}

	/**
	 * Random pages of groups, some sharing a total, checked against someone who knows
	 * every total that can be learnt (shown, or the sum of a group shown whole), every
	 * number shown, and what a withheld number can be: not below zero (not below one
	 * unless a zero was withheld too), and not above both 4 and the smallest number still
	 * shown in its group (the smallest is the one withheld to protect a small one). They
	 * try every value the withheld numbers could have.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1L, 2L, 3L, 4L, 5L })
	void noWithheldNumberCanBeWorkedOutFromWhatIsShown(long run) {
		long seed = System.nanoTime() ^ run;
		System.out.println("SuppressionTests seed: " + seed);
		Random random = new Random(seed);
		for (int trial = 0; trial < 1000; trial++) {
			List<Group> groups = randomPage(random);
			Outcome outcome = Suppression.apply(groups);
			assertNothingRecoverable(groups, outcome, seed, trial);
		}
	}

	/** The rule as it was: each small row withheld on its own. */
	@Test
	void withholdingOnlyTheSmallRowsWouldFailThisCheck() {
		List<Group> groups = List.of(Group.of("open", List.of(3L, 6L, 7L), true));
		Outcome onlySmall = new Outcome(List.of(List.of(true, false, false)), List.of(List.of(false, false, false)),
				Set.of());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNothingRecoverable(groups, onlySmall, 0, 0))
			.isInstanceOf(AssertionError.class);
		assertNothingRecoverable(groups, Suppression.apply(groups), 0, 0);
	}

	private static List<Group> randomPage(Random random) {
		List<Group> groups = new ArrayList<>();
		int shared = 1 + random.nextInt(2);
		List<Long> first = randomValues(random);
		long total = first.stream().mapToLong(Long::longValue).sum();
		boolean published = random.nextBoolean();
		groups.add(Group.of("a", first, published));
		// a second group with the same total, split differently
		for (int g = 1; g < shared; g++) {
			groups.add(Group.of("a", split(random, total, 2 + random.nextInt(3)), published));
		}
		groups.add(Group.of("b", randomValues(random), random.nextBoolean()));
		return groups;
	}

	private static List<Long> randomValues(Random random) {
		int size = 1 + random.nextInt(4);
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			values.add((long) (random.nextInt(4) == 0 ? 0 : random.nextInt(MAX_VALUE + 1)));
		}
		return values;
	}

	private static List<Long> split(Random random, long total, int parts) {
		long[] values = new long[parts];
		for (long i = 0; i < total; i++) {
			values[random.nextInt(parts)]++;
		}
		List<Long> list = new ArrayList<>();
		for (long v : values) {
			list.add(v);
		}
		return list;
	}

	private static void assertNothingRecoverable(List<Group> groups, Outcome outcome, long seed, int trial) {
		Map<String, Long> knownTotals = new HashMap<>();
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			long sum = group.values().stream().mapToLong(Long::longValue).sum();
			boolean fullyShown = !outcome.withheld().get(g).contains(true);
			if (fullyShown || group.published() && !outcome.totalsWithheld().contains(group.total())) {
				knownTotals.put(group.total(), sum);
			}
		}
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			List<Boolean> withheld = outcome.withheld().get(g);
			if (!withheld.contains(true)) {
				continue;
			}
			if (!knownTotals.containsKey(group.total())) {
				// the total is nowhere to be learnt: every group adding up to it
				// withholds
				// something, and it is not shown
				for (int other = 0; other < groups.size(); other++) {
					if (groups.get(other).total().equals(group.total())) {
						assertThat(outcome.withheld().get(other)).as("seed %d trial %d", seed, trial).contains(true);
					}
				}
				continue;
			}
			long total = knownTotals.get(group.total());
			List<Integer> hidden = new ArrayList<>();
			long shown = 0;
			for (int i = 0; i < withheld.size(); i++) {
				if (withheld.get(i)) {
					hidden.add(i);
				}
				else {
					shown += group.values().get(i);
				}
			}
			boolean zeroWithheld = hidden.stream().anyMatch(i -> group.values().get(i) == 0);
			long lowest = zeroWithheld ? 0 : 1;
			long highest = Long.MAX_VALUE;
			for (int i = 0; i < withheld.size(); i++) {
				if (!withheld.get(i) && group.values().get(i) > 0) {
					highest = Math.min(highest, Math.max(Reports.MIN_GROUP - 1, group.values().get(i)));
				}
			}
			List<Set<Long>> possible = new ArrayList<>();
			hidden.forEach(i -> possible.add(new HashSet<>()));
			long[] candidate = new long[hidden.size()];
			tryAll(candidate, 0, total - shown, lowest, highest, possible);
			for (int h = 0; h < hidden.size(); h++) {
				assertThat(possible.get(h)).as("seed %d trial %d: the true value is among those tried", seed, trial)
					.contains(group.values().get(hidden.get(h)));
				assertThat(possible.get(h))
					.as("seed %d trial %d: %s withheld %s, total %d", seed, trial, group.values(), withheld, total)
					.hasSizeGreaterThanOrEqualTo(2);
			}
		}
	}

	/** Every way of filling in the withheld numbers that adds up to the known total. */
	private static void tryAll(long[] candidate, int at, long left, long lowest, long highest,
			List<Set<Long>> possible) {
		if (at == candidate.length - 1) {
			if (left >= lowest && left <= highest) {
				candidate[at] = left;
				for (int h = 0; h < candidate.length; h++) {
					possible.get(h).add(candidate[h]);
				}
			}
			return;
		}
		for (long v = lowest; v <= Math.min(left, highest); v++) {
			candidate[at] = v;
			tryAll(candidate, at + 1, left - v, lowest, highest, possible);
		}
	}

}
