package nl.naast.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting in someone's calendar app names the family by its initials only. */
class CalendarFeedsTests {

	@Test
	void aFamilyShowsInACalendarByItsInitialsOnly() {
		assertThat(CalendarFeeds.shortName("Gezin El Amrani")).isEqualTo("fam. E.A.");
		assertThat(CalendarFeeds.shortName("Familie de Vries")).isEqualTo("fam. D.V.");
		assertThat(CalendarFeeds.shortName("  ")).isEqualTo("fam. ?");
	}

}
