package com.breakeven.tco.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.Irr;

class InternalRateOfReturnTest {

	@Test
	void irr_ofTwoEqualReturnsSolvesTheQuadratic() {
		// 60x + 60x² = 100 with x = 1 ÷ (1 + r): x = (−3 + √69) ÷ 6 = 0.8844333 → r =
		// 13.0662 %
		Irr irr = InternalRateOfReturn.irr(new double[] { -100, 60, 60 });

		assertThat(irr).isInstanceOfSatisfying(Irr.Rate.class,
				rate -> assertThat(rate.monthly()).isCloseTo(0.130662, within(1e-6)));
	}

	@Test
	void irr_matchesTheTextbookSeries() {
		// −1,000, 300, 400, 500: IRR 8.8963 % per period (standard corporate-finance
		// exercise)
		double[] flows = { -1000, 300, 400, 500 };

		Irr.Rate rate = (Irr.Rate) InternalRateOfReturn.irr(flows);

		assertThat(rate.monthly()).isCloseTo(0.0889634, within(1e-7));
		assertThat(Discounting.npv(rate.monthly(), flows)).isCloseTo(0, within(1e-8));
		// annualised: 1.0889634^12 − 1 = 178.0 %
		assertThat(rate.annual()).isCloseTo(Math.pow(1.0889634, 12) - 1, within(1e-5));
	}

	@Test
	void irr_isUndefinedWhenTheFlowsNeverChangeSign() {
		assertThat(InternalRateOfReturn.irr(new double[] { -100, -5, -5 }))
			.isEqualTo(Irr.undefined("the cash flows never change sign, so no discount rate makes their NPV zero"));
	}

}
