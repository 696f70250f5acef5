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

}
