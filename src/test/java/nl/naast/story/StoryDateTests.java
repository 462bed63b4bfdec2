package nl.naast.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.naast.story.StoryDate.Precision;

/** Dates as people remember them. */
class StoryDateTests {

	private static StoryDate read(String typed) {
		return StoryDate.parse(typed).orElseThrow(() -> new AssertionError("cannot read " + typed));
	}

	@Test
	void daysMonthsSeasonsYearsAroundAndRanges() {
		assertThat(read("12-6-2019")).extracting(StoryDate::from, StoryDate::to, StoryDate::precision)
			.containsExactly(LocalDate.of(2019, 6, 12), LocalDate.of(2019, 6, 12), Precision.DAY);
		assertThat(read("juni 2019")).extracting(StoryDate::from, StoryDate::to, StoryDate::precision)
			.containsExactly(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30), Precision.MONTH);
		assertThat(read("Feb. 2020").to()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(read("3-2021").from()).isEqualTo(LocalDate.of(2021, 3, 1));
		assertThat(read("zomer 2019")).extracting(StoryDate::from, StoryDate::to, StoryDate::precision)
			.containsExactly(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31), Precision.SEASON);
		assertThat(read("winter 2018").to()).isEqualTo(LocalDate.of(2019, 2, 28));
		assertThat(read("rond 2015")).extracting(StoryDate::precision, StoryDate::year)
			.containsExactly(Precision.AROUND, 2015);
		assertThat(read("around 2015").precision()).isEqualTo(Precision.AROUND);
		assertThat(read("2015-2017")).extracting(StoryDate::from, StoryDate::to, StoryDate::precision)
			.containsExactly(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31), Precision.RANGE);
		assertThat(read("van 2015 tot 2017").precision()).isEqualTo(Precision.RANGE);
		assertThat(read("2016")).extracting(StoryDate::precision, StoryDate::typed)
			.containsExactly(Precision.YEAR, "2016");
		assertThat(read("  ")).isEqualTo(StoryDate.UNKNOWN);
	}

	@Test
	void whatCannotBeReadIsRefused() {
		assertThat(StoryDate.parse("31-2-2019")).isEmpty();
		assertThat(StoryDate.parse("2019-2015")).isEmpty();
		assertThat(StoryDate.parse("13-2019")).isEmpty();
		assertThat(StoryDate.parse("ergens vorig jaar")).isEmpty();
		assertThat(StoryDate.parse("zomer 1850")).isEmpty();
		assertThat(StoryDate.parse("<script>")).isEmpty();
	}

}
