package com.breakeven.simulator.guardrails;

import java.time.LocalDate;

/**
 * A day far outside its expected band.
 *
 * @param day the day
 * @param actual the day's amount
 * @param expected what the day was expected to be: the median of the same weekday over
 * the weeks before
 * @param lowerBand the band's lower end (at least 0)
 * @param upperBand the band's upper end
 */
public record SpendAnomaly(LocalDate day, double actual, double expected, double lowerBand, double upperBand) {

	/** How far the day is from what was expected: positive above, negative below. */
	public double deviation() {
		return this.actual - this.expected;
	}

	/** Whether the day was above its band (a spike) rather than below (a drop). */
	public boolean spike() {
		return this.actual > this.upperBand;
	}

}
