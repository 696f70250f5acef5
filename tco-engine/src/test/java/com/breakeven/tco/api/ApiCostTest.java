package com.breakeven.tco.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Currency;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiMonthlyCost;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;

class ApiCostTest {

	private static final Offset<Double> CENT = within(0.005);

	private static final Currency USD = Currency.getInstance("USD");

	/** 300 M uncached input, 700 M cached input, 100 M output tokens a month. */
	private static final Demand CHATBOT = new Demand(300e6, 700e6, 100e6, 1.5);

	@Test
	void monthlyCost_billsEachTokenClassOnceAtItsOwnRate() {
		ApiMonthlyCost cost = ApiCost.monthlyCost(ApiPricing.listPrices(USD, 2.50, 1.25, 10.00), CHATBOT);

		// 300 × 2.50 = 750.00; 700 × 1.25 = 875.00; 100 × 10 = 1,000.00; total 2,625.00
		assertThat(cost.input()).isCloseTo(750.00, CENT);
		assertThat(cost.cachedInput()).isCloseTo(875.00, CENT);
		assertThat(cost.output()).isCloseTo(1_000.00, CENT);
		assertThat(cost.total()).isCloseTo(2_625.00, CENT);
	}

	@Test
	void monthlyCost_appliesTheBatchDiscountToBatchTrafficThenTheNegotiatedDiscount() {
		// 40 % of traffic through the batch API at half price, then 10 % negotiated off
		// the rest
		ApiPricing pricing = new ApiPricing(USD, 2.50, 1.25, 10.00, 0.40, 0.50, 0.10);

		ApiMonthlyCost cost = ApiCost.monthlyCost(pricing, CHATBOT);

		// list 2,625.00; batch saves 2,625 × 0.40 × 0.50 = 525.00; negotiated (2,625 −
		// 525) × 0.10 = 210.00
		// total 2,625 − 525 − 210 = 1,890.00
		assertThat(cost.batchDiscount()).isCloseTo(525.00, CENT);
		assertThat(cost.negotiatedDiscount()).isCloseTo(210.00, CENT);
		assertThat(cost.total()).isCloseTo(1_890.00, CENT);
		assertThat(cost.currency()).isEqualTo(USD);
	}

	@Test
	void blendedPricePerToken_isTheTotalOverTheTokensInTheMix() {
		// 2,625.00 ÷ 1,100 M tokens = 2.386364 per million
		assertThat(ApiCost.blendedPricePerToken(ApiPricing.listPrices(USD, 2.50, 1.25, 10.00), CHATBOT) * 1e6)
			.isCloseTo(2.386364, within(1e-6));
	}

}
