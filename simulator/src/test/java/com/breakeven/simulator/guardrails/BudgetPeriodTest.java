package com.breakeven.simulator.guardrails;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetPeriodTest {

	@Test
	void periodsAreCalendarPeriods() {
		LocalDate day = LocalDate.of(2026, 11, 17);
		assertThat(BudgetPeriod.MONTH.start(day)).isEqualTo("2026-11-01");
		assertThat(BudgetPeriod.MONTH.end(day)).isEqualTo("2026-11-30");
		assertThat(BudgetPeriod.QUARTER.start(day)).isEqualTo("2026-10-01");
		assertThat(BudgetPeriod.QUARTER.end(day)).isEqualTo("2026-12-31");
		assertThat(BudgetPeriod.YEAR.start(day)).isEqualTo("2026-01-01");
		assertThat(BudgetPeriod.YEAR.end(day)).isEqualTo("2026-12-31");
		assertThat(BudgetPeriod.MONTH.end(LocalDate.of(2028, 2, 3))).isEqualTo("2028-02-29");
		assertThat(BudgetPeriod.QUARTER.end(LocalDate.of(2026, 2, 3))).isEqualTo("2026-03-31");
	}

}
