package com.breakeven.simulator.guardrails;

import java.time.LocalDate;

/**
 * A scope's spend over a period: what it spent to date and what it is expected to have
 * spent at the period's end, with a 95 % interval.
 *
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 * @param asOf the last day with known spend
 * @param actualToDate spend from the period's start through {@code asOf}
 * @param expected expected spend over the whole period (actual to date plus the rest)
 * @param lower lower end of the 95 % interval of the period's spend, never below the
 * actual to date
 * @param upper upper end of the 95 % interval
 * @param method how the rest of the period was forecast
 * @param daysFitted days of history the method was fitted on
 */
public record SpendForecast(LocalDate periodStart, LocalDate periodEnd, LocalDate asOf, double actualToDate,
		double expected, double lower, double upper, Method method, int daysFitted) {

	/** How the days left in the period were forecast. */
	public enum Method {

		/** The period is over: the forecast is the actual. */
		PERIOD_OVER,

		/**
		 * Level, trend and a weekday pattern fitted by least squares: four weeks of
		 * history or more.
		 */
		WEEKDAY_AND_TREND,

		/** Level and trend: two to four weeks of history. */
		TREND,

		/** The mean day: three days to two weeks of history. */
		LEVEL

	}

	/** The expected spend of the days still to come. */
	public double expectedRest() {
		return this.expected - this.actualToDate;
	}

}
