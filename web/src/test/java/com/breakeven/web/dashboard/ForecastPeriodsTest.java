package com.breakeven.web.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.simulator.guardrails.BudgetPeriod;
import com.breakeven.simulator.guardrails.SpendForecast;
import com.breakeven.web.guardrails.SpendGuardrails.PeriodForecast;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's forecast heading names its periods: a month the calendar has left is
 * "the last month with usage", never "this month".
 */
class ForecastPeriodsTest {

	// usage known to 31 October 2026: October is over, the quarter is not
	private static final PeriodForecast OCTOBER = new PeriodForecast("October 2026", BudgetPeriod.MONTH,
			new SpendForecast(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31),
					117_276.20, 117_276.20, 117_276.20, 117_276.20, SpendForecast.Method.PERIOD_OVER, 0));

	private static final PeriodForecast FOURTH_QUARTER = new PeriodForecast("2026 Q4", BudgetPeriod.QUARTER,
			new SpendForecast(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 10, 31),
					117_276.20, 364_415.02, 359_477.27, 369_352.78, SpendForecast.Method.WEEKDAY_AND_TREND, 28));

	@Test
	void forecastPeriods_nameAMonthTheCalendarHasLeftAsTheLastWithUsage() {
		assertThat(DashboardController.forecastPeriods(List.of(OCTOBER, FOURTH_QUARTER), LocalDate.of(2026, 11, 30)))
			.isEqualTo("October 2026 (last month with usage) and 2026 Q4");
	}

	@Test
	void forecastPeriods_nameTheCalendarsOwnMonthAndQuarterPlainly() {
		assertThat(DashboardController.forecastPeriods(List.of(OCTOBER, FOURTH_QUARTER), LocalDate.of(2026, 10, 31)))
			.isEqualTo("October 2026 and 2026 Q4");
	}

	@Test
	void forecastPeriods_nameAQuarterTheCalendarHasLeftToo() {
		assertThat(DashboardController.forecastPeriods(List.of(OCTOBER, FOURTH_QUARTER), LocalDate.of(2027, 1, 4)))
			.isEqualTo("October 2026 (last month with usage) and 2026 Q4 (last quarter with usage)");
	}

}
