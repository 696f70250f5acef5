package com.breakeven.tco.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscountingTest {

	@Test
	void npv_atZeroRateIsTheUndiscountedSum() {
		assertThat(Discounting.npv(0, new double[] { -1000, 300, 400, 500 })).isCloseTo(200, within(1e-9));
	}

	@Test
	void npv_discountsEachMonthFromMonthZero() {
		// −100 + 60 ÷ 1.1 + 60 ÷ 1.21 = −100 + 54.545455 + 49.586777 = 4.132231
		assertThat(Discounting.npv(0.10, new double[] { -100, 60, 60 })).isCloseTo(4.132231, within(1e-6));
	}

	@Test
	void monthlyRate_compoundsToTheAnnualRate() {
		// (1 + 0.00643403)^12 = 1.08
		double monthly = Discounting.monthlyRate(0.08);
		assertThat(monthly).isCloseTo(0.00643403011, within(1e-11));
		assertThat(Math.pow(1 + monthly, 12)).isCloseTo(1.08, within(1e-12));
	}

}
