package com.breakeven.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DayWordsTest {

	private final DayWords days = new DayWords();

	@Test
	void words_writeTheMonthOutSoNoDayIsReadAsAnother() {
		// 01/08/2026 is 8 January in the US and 1 August in Germany
		assertThat(this.days.words(LocalDate.of(2026, 8, 1))).isEqualTo("1 August 2026");
		assertThat(this.days.words("2026-01-08")).isEqualTo("8 January 2026");
	}

	@Test
	void words_areEmptyForNoDayOrATextThatIsNotOne() {
		assertThat(this.days.words(null)).isEmpty();
		assertThat(this.days.words("")).isEmpty();
		assertThat(this.days.words("01.08.2026")).isEmpty();
	}

	@Test
	void period_namesWholeMonthsAndOtherwiseTheDays() {
		assertThat(this.days.period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 31)))
			.isEqualTo("July to October 2026");
		assertThat(this.days.period(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)))
			.isEqualTo("November 2025 to January 2026");
		assertThat(this.days.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo("October 2026");
		// 20 October ends no month: the days, not "July to October", which would claim
		// the whole of October
		assertThat(this.days.period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 20)))
			.isEqualTo("1 July 2026 to 20 October 2026");
		assertThat(this.days.period(null, LocalDate.of(2026, 10, 20))).isEmpty();
	}

	@Test
	void month_isTheShortNameAndYearWhateverTheDefaultLocale() {
		java.util.Locale before = java.util.Locale.getDefault();
		java.util.Locale.setDefault(java.util.Locale.GERMANY);
		try {
			assertThat(DayWords.shortMonth(java.time.YearMonth.of(2026, 10))).isEqualTo("Oct 2026");
			assertThat(this.days.month(java.time.YearMonth.of(2026, 12))).isEqualTo("Dec 2026");
			assertThat(DayWords.span(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)))
				.isEqualTo("16 November 2026 to 22 November 2026");
		}
		finally {
			java.util.Locale.setDefault(before);
		}
		assertThat(this.days.month(null)).isEmpty();
	}

}
