package com.breakeven.simulator.guardrails;

import java.time.LocalDate;

/**
 * One day's spend (or tokens) of a scope.
 *
 * @param day the day
 * @param amount the amount, finite and not negative (a day without usage is 0)
 */
public record DailyAmount(LocalDate day, double amount) {

	public DailyAmount {
		if (day == null) {
			throw new IllegalArgumentException("a daily amount needs its day");
		}
		if (!Double.isFinite(amount) || amount < 0) {
			throw new IllegalArgumentException(
					"the amount of " + day + " must be finite and not negative, was " + amount);
		}
	}

}
