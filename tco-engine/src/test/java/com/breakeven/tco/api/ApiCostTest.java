package com.breakeven.tco.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
	void monthlyCost_billsAudioTokensAtTheAudioPricesOnly() {
		// gpt-4o-audio-preview list prices (LiteLLM): 2.50 input, 10 output, 40 audio
		// input, 80 audio output USD per million tokens
		ApiPricing pricing = new ApiPricing(USD, 2.50, 2.50, 10.00, 0, 0, 0, 2.50, 40.00, 80.00);
		Demand voice = new Demand(2e6, 0, 0.3e6, 1, 0, 0.5e6, 0.1e6);

		ApiMonthlyCost cost = ApiCost.monthlyCost(pricing, voice);

		// 2 × 2.50 = 5.00; 0.3 × 10 = 3.00; 0.5 × 40 = 20.00; 0.1 × 80 = 8.00; total
		// 36.00
		assertThat(cost.input()).isCloseTo(5.00, CENT);
		assertThat(cost.output()).isCloseTo(3.00, CENT);
		assertThat(cost.audioInput()).isCloseTo(20.00, CENT);
		assertThat(cost.audioOutput()).isCloseTo(8.00, CENT);
		assertThat(cost.total()).isCloseTo(36.00, CENT);
	}

	@Test
	void monthlyCost_refusesAudioTokensWithoutAnAudioPrice() {
		// no audio prices: NaN, never 0 and never the text price
		ApiPricing textOnly = ApiPricing.listPrices(USD, 2.50, 1.25, 10.00);

		assertThatThrownBy(() -> ApiCost.monthlyCost(textOnly, new Demand(2e6, 0, 0.3e6, 1, 0, 0.5e6, 0)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("audio input tokens not priced");
		// without audio tokens the missing price does not matter: 5.00 + 3.00
		assertThat(ApiCost.monthlyCost(textOnly, new Demand(2e6, 0, 0.3e6, 1)).total()).isCloseTo(8.00, CENT);
	}

	@Test
	void blendedPricePerToken_isTheTotalOverTheTokensInTheMix() {
		// 2,625.00 ÷ 1,100 M tokens = 2.386364 per million
		assertThat(ApiCost.blendedPricePerToken(ApiPricing.listPrices(USD, 2.50, 1.25, 10.00), CHATBOT) * 1e6)
			.isCloseTo(2.386364, within(1e-6));
	}

}
