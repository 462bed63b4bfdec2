package nl.naast.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Trends that never reveal a single family: fewer than five, nothing shown. */
class AggregatesTests {

	final LocalDate march = LocalDate.of(2026, 3, 1);

	private static List<Aggregates.Score> families(int count, String group, LocalDate month, double helps) {
		List<Aggregates.Score> scores = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			scores.add(new Aggregates.Score(UUID.randomUUID(), group, month, 6, 7, 8, helps + i));
		}
		return scores;
	}

	@Test
	void fourFamiliesShowNothing() {
		List<TrendCell> cells = Aggregates.of(families(4, "Wijkteam", march, 5));
		assertThat(cells).singleElement().satisfies(c -> {
			assertThat(c.suppressed()).isTrue();
			assertThat(c.families()).isZero();
			assertThat(c.helps()).isZero();
		});
	}

	@Test
	void fiveFamiliesShowTheirAverages() {
		// helps: 5, 6, 7, 8, 9 → 7.0
		List<TrendCell> cells = Aggregates.of(families(5, "Wijkteam", march, 5));
		assertThat(cells).singleElement().satisfies(c -> {
			assertThat(c.suppressed()).isFalse();
			assertThat(c.families()).isEqualTo(5);
			assertThat(c.helps()).isEqualTo(7.0);
			assertThat(c.heard()).isEqualTo(6.0);
		});
	}

	@Test
	void familiesAreCountedNotRatings() {
		UUID family = UUID.randomUUID();
		List<Aggregates.Score> scores = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			// one family rating two professionals of the same organisation many times
			scores.add(new Aggregates.Score(family, "Wijkteam", march, 1, 1, 1, 1));
		}
		scores.addAll(families(3, "Wijkteam", march, 5));
		assertThat(Aggregates.of(scores)).singleElement().satisfies(c -> assertThat(c.suppressed()).isTrue());
	}

	@Test
	void eachGroupAndMonthStandsOnItsOwn() {
		List<Aggregates.Score> scores = new ArrayList<>(families(5, "Wijkteam", march, 5));
		scores.addAll(families(2, "Wijkteam", march.plusMonths(1), 5));
		scores.addAll(families(6, "Jeugdbescherming", march, 2));
		List<TrendCell> cells = Aggregates.of(scores);
		assertThat(cells).extracting(TrendCell::group, TrendCell::month, TrendCell::suppressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Jeugdbescherming", march, false),
					org.assertj.core.groups.Tuple.tuple("Wijkteam", march, false),
					org.assertj.core.groups.Tuple.tuple("Wijkteam", march.plusMonths(1), true));
	}

}
