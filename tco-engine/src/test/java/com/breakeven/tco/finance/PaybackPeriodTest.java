package com.breakeven.tco.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.Payback;

class PaybackPeriodTest {

	@Test
	void paybackMonth_isTheFirstMonthCumulativeSavingsReachTheCapex() {
		// cumulative 30, 60, 90, 120: 90 < 100 in month 3, 120 >= 100 in month 4
		assertThat(PaybackPeriod.paybackMonth(100, new double[] { 30, 30, 30, 30 })).isEqualTo(Payback.inMonth(4));
	}

	@Test
	void paybackMonth_countsAMonthThatExactlyCoversTheCapex() {
		assertThat(PaybackPeriod.paybackMonth(100, new double[] { 50, 50, 50 })).isEqualTo(Payback.inMonth(2));
	}

	@Test
	void paybackMonth_waitsForLaterSavingsToRepayEarlyLosses() {
		// −20, −20, 80, 80: cumulative −20, −40, 40, 120 → month 4
		assertThat(PaybackPeriod.paybackMonth(100, new double[] { -20, -20, 80, 80 })).isEqualTo(Payback.inMonth(4));
	}

	@Test
	void paybackMonth_neverWhenSavingsAreNeverPositive() {
		assertThat(PaybackPeriod.paybackMonth(100, new double[] { -1, 0, -3 }))
			.isEqualTo(Payback.never("monthly savings are never positive: running own GPUs costs at least as much as "
					+ "the API bill it replaces"));
	}

	@Test
	void paybackMonth_neverWithinAHorizonTooShort() {
		// 3 × 20 = 60 of a 100 capex: 60 %
		assertThat(PaybackPeriod.paybackMonth(100, new double[] { 20, 20, 20 })).isEqualTo(
				Payback.never("cumulative savings after 3 months (60.00) cover only 60 % of the capex (100.00)"));
	}

}
