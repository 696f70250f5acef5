package com.breakeven.tco.finance;

import java.util.Locale;

import com.breakeven.tco.Payback;

/** The first month in which cumulative savings cover the capex. */
public final class PaybackPeriod {

	private PaybackPeriod() {
	}

	/**
	 * Cumulative savings after month m = Σ savings_1 … savings_m; payback is the first m
	 * with cumulative savings ≥ capex. Undiscounted, as CFOs quote payback; NPV carries
	 * the time value.
	 * @param capex spent before month 1
	 * @param monthlySavings API cost avoided minus self-hosted opex, index 0 = month 1
	 * @return the month, or never with the reason
	 */
	public static Payback paybackMonth(double capex, double[] monthlySavings) {
		double cumulative = 0;
		boolean anyPositive = false;
		for (int month = 1; month <= monthlySavings.length; month++) {
			double saving = monthlySavings[month - 1];
			anyPositive |= saving > 0;
			cumulative += saving;
			if (cumulative >= capex) {
				return Payback.inMonth(month);
			}
		}
		if (!anyPositive) {
			return Payback.never("monthly savings are never positive: running own GPUs costs at least as much as "
					+ "the API bill it replaces");
		}
		return Payback.never(String.format(Locale.ROOT,
				"cumulative savings after %d months (%,.2f) cover only %.0f %% of the capex (%,.2f)",
				monthlySavings.length, cumulative, 100 * Math.max(0, cumulative) / capex, capex));
	}

}
