package nl.naast.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The Algemene termijnenwet: weekends and public holidays move a last day. */
class TermijnenTests {

	@Test
	void easterIsComputedForAnyYear() {
		assertThat(Termijnen.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(Termijnen.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(Termijnen.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
	}

	@Test
	void aPeriodEndingOnAWeekendOrHolidayMovesToTheNextWorkingDay() {
		// Saturday 5 December 2026 → Monday 7 December
		assertThat(Termijnen.extendedIfClosed(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 7));
		// Christmas Friday 25 and Boxing Day Saturday 26 December 2026, then Sunday →
		// Monday 28
		assertThat(Termijnen.extendedIfClosed(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
		// Easter Monday 6 April 2026 → Tuesday
		assertThat(Termijnen.extendedIfClosed(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 7));
		// King's Day falls on Saturday 26 April in 2025, when 27 April is a Sunday
		assertThat(Termijnen.holiday(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(Termijnen.holiday(LocalDate.of(2025, 4, 27))).isFalse();
		// Ascension Day 2026: Thursday 14 May; Whit Monday: 25 May; 5 May every year
		assertThat(Termijnen.holiday(LocalDate.of(2026, 5, 14))).isTrue();
		assertThat(Termijnen.holiday(LocalDate.of(2026, 5, 25))).isTrue();
		assertThat(Termijnen.holiday(LocalDate.of(2026, 5, 5))).isTrue();
		// Good Friday is no holiday under this act
		assertThat(Termijnen.extendedIfClosed(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 3));
		// an ordinary Tuesday stays
		assertThat(Termijnen.extendedIfClosed(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void workingDaysSkipWeekendsAndHolidays() {
		// five working days after Thursday 24 December 2026: 28, 29, 30, 31 Dec, 4 Jan
		// (1 January is New Year's Day)
		assertThat(Termijnen.plusWorkingDays(LocalDate.of(2026, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(Termijnen.plusWorkingDays(LocalDate.of(2026, 12, 7), 5)).isEqualTo(LocalDate.of(2026, 12, 14));
	}

}
