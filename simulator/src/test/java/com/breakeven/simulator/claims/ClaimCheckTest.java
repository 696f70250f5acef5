package com.breakeven.simulator.claims;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClaimCheckTest {

	/** GPT-4o list: $2.50 input, $1.25 cached input, $10 output per million. */
	private static final ApiPricing GPT_4O = ApiPricing.listPrices(Currency.getInstance("USD"), 2.50, 1.25, 10);

	@Test
	void cloudBill_showsWhatAClaimedVolumeCostsAndWhichVolumeTheClaimNeeds() {
		ClaimCheck.CloudBill bill = ClaimCheck.cloudBill(GPT_4O, 500e6, 0.75, 18e6, 36e6);

		// 375 M input x $2.50 + 125 M output x $10 = $937.50 + $1,250 = $2,187.50 a
		// month,
		// $26,250 a year
		assertThat(bill.annualAtMix()).isCloseTo(26_250, within(1e-6));
		// every token input: 500 x 2.50 x 12 = $15,000; every token output: 500 x 10 x 12
		// = $60,000
		assertThat(bill.annualAllInput()).isCloseTo(15_000, within(1e-6));
		assertThat(bill.annualAllOutput()).isCloseTo(60_000, within(1e-6));
		// $18 M is 300 x the dearest mix
		assertThat(bill.overstatementAtLeast()).isCloseTo(300, within(1e-9));
		// a billion tokens a month costs $52,500 a year at the mix: $18 M needs 342.857
		// billion a month, $36 M 685.714 billion
		assertThat(bill.monthlyTokensForLow()).isCloseTo(342.857e9, within(1e6));
		assertThat(bill.monthlyTokensForHigh()).isCloseTo(685.714e9, within(1e6));
	}

}
