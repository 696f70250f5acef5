package com.breakeven.tco.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CapitalRecoveryTest {

	@Test
	void monthlyPayment_isTheTextbookAnnuity() {
		// 100,000 × 0.01 ÷ (1 − 1.01^−12) = 8,884.88
		assertThat(CapitalRecovery.monthlyPayment(100_000, 0, 0.01, 12)).isCloseTo(8_884.88, within(0.005));
	}

	@Test
	void monthlyPayment_atZeroRateIsStraightLineDepreciation() {
		// (100,000 − 10,000) ÷ 48 = 1,875.00
		assertThat(CapitalRecovery.monthlyPayment(100_000, 10_000, 0, 48)).isCloseTo(1_875.00, within(1e-9));
		assertThat(CapitalRecovery.monthlyDepreciation(100_000, 10_000, 48)).isCloseTo(1_875.00, within(1e-9));
	}

	@Test
	void monthlyPayment_repaysCapexNetOfDiscountedResidual() {
		// cross-check: the payments' present value plus the discounted residual equals
		// the capex
		double rate = 0.005;
		double payment = CapitalRecovery.monthlyPayment(100_000, 20_000, rate, 36);
		double[] flows = new double[37];
		flows[0] = -100_000;
		for (int month = 1; month <= 36; month++) {
			flows[month] = payment;
		}
		flows[36] += 20_000;
		assertThat(Discounting.npv(rate, flows)).isCloseTo(0, within(1e-6));
	}

	@Test
	void bookValue_neverFallsBelowTheResidual() {
		// 100,000 − 1,875 × 24 = 55,000; after the life: 10,000
		assertThat(CapitalRecovery.bookValue(100_000, 10_000, 48, 24)).isCloseTo(55_000, within(1e-9));
		assertThat(CapitalRecovery.bookValue(100_000, 10_000, 48, 60)).isCloseTo(10_000, within(1e-9));
	}

}
