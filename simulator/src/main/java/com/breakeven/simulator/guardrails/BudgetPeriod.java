package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The calendar period a budget is set for. */
public enum BudgetPeriod {

	/** A calendar month. */
	MONTH,

	/**
	 * A calendar quarter: January to March, April to June, July to September, October to
	 * December.
	 */
	QUARTER,

	/** A calendar year. */
	YEAR;

	/** The first day of the period that holds {@code day}. */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
			case YEAR -> day.withDayOfYear(1);
		};
	}

	/** The last day of the period that holds {@code day}. */
	public LocalDate end(LocalDate day) {
		return switch (this) {
			case MONTH -> start(day).plusMonths(1).minusDays(1);
			case QUARTER -> start(day).plusMonths(3).minusDays(1);
			case YEAR -> start(day).plusYears(1).minusDays(1);
		};
	}

}
