package com.breakeven.simulator.claims;

import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClaimCheckTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** GPT-4o list: $2.50 input, $1.25 cached input, $10 output per million. */
	private static final ApiPricing GPT_4O = ApiPricing.listPrices(USD, 2.50, 1.25, 10);

	/**
	 * "500 million tokens a month on GPT-4o costs $18–36 million a year", 3 in : 1 out.
	 */
	private static final ApiCostClaim GPT_4O_CLAIM = new ApiCostClaim(500e6, 0.75, 18e6, 36e6);

	/**
	 * "A $200,000 deployment with $10–50k a year of operations eliminates a $1.8 million
	 * annual bill by year two".
	 */
	private static final PaybackClaim SOVEREIGN_CLAIM = new PaybackClaim(USD, 200_000, 10_000, 50_000, 1_800_000, 24);

	/**
	 * Llama 3.1 405B (Hugging Face config.json): 126 layers, 8 KV heads, head dim 128,
	 * 128k context.
	 */
	private static final ModelSpec LLAMA_405B = new ModelSpec("Llama 3.1 405B", 405, null, 126, 8, 128, 131_072);

	private static final ModelSpec LLAMA_8B = new ModelSpec("Llama 3.1 8B", 8.03, null, 32, 8, 128, 131_072);

	private static final Gpu RTX_5090 = new Gpu("RTX 5090", 32, 575, 58, 1_999);

	private static final Gpu RTX_4090 = new Gpu("RTX 4090", 24, 450, 45, 1_599);

	private static final Gpu H100 = new Gpu("H100 SXM5 80GB", 80, 700, 70, 27_500);

	private static final Gpu H200 = new Gpu("H200 SXM 141GB", 141, 700, 70, 37_500);

	/** A GPU without a known price is skipped. */
	private static final Gpu MI300X = new Gpu("MI300X", 192, 750, 75, 0);

	private static final List<Gpu> GPUS = List.of(H100, H200, RTX_4090, RTX_5090, MI300X);

	@Test
	void apiCost_showsWhatAClaimedVolumeCostsAndWhichVolumeAndPriceTheClaimNeeds() {
		ApiCostVerdict verdict = ClaimCheck.apiCost(GPT_4O, GPT_4O_CLAIM);

		// 375 M input x $2.50 + 125 M output x $10 = $937.50 + $1,250 = $2,187.50 a
		// month, $26,250 a year
		assertThat(verdict.annualAtMix()).isCloseTo(26_250, within(1e-6));
		// every token input: 500 x 2.50 x 12 = $15,000; every token output: 500 x 10 x 12
		// = $60,000
		assertThat(verdict.annualAllInput()).isCloseTo(15_000, within(1e-6));
		assertThat(verdict.annualAllOutput()).isCloseTo(60_000, within(1e-6));
		assertThat(verdict.holds()).isFalse();
		assertThat(verdict.holdsAtSomeMix()).isFalse();
		// 18 M / 26,250 = 685.71; 36 M / 26,250 = 1,371.43; 18 M / 60,000 = 300
		assertThat(verdict.factorLow()).isCloseTo(685.714, within(1e-3));
		assertThat(verdict.factorHigh()).isCloseTo(1_371.429, within(1e-3));
		assertThat(verdict.overstatementAtLeast()).isCloseTo(300, within(1e-9));
		// a billion tokens a month costs $52,500 a year at the mix: $18 M needs 342.857
		// billion a month, $36 M 685.714 billion
		assertThat(verdict.monthlyTokensForLow()).isCloseTo(342.857e9, within(1e6));
		assertThat(verdict.monthlyTokensForHigh()).isCloseTo(685.714e9, within(1e6));
		// 26,250 / 12 / 500 = $4.375 per million blended; 18 M / 12 / 500 = $3,000 and
		// 36 M / 12 / 500 = $6,000 per million would make it hold
		assertThat(verdict.pricePerMillionAtMix()).isCloseTo(4.375, within(1e-9));
		assertThat(verdict.pricePerMillionForLow()).isCloseTo(3_000, within(1e-9));
		assertThat(verdict.pricePerMillionForHigh()).isCloseTo(6_000, within(1e-9));
	}

	@Test
	void apiCost_holdsWhenTheBillLiesInTheClaimedRange() {
		// $26,250 lies in $20,000-30,000
		ApiCostVerdict verdict = ClaimCheck.apiCost(GPT_4O, new ApiCostClaim(500e6, 0.75, 20_000, 30_000));

		assertThat(verdict.holds()).isTrue();
		// cross-check: the volume that makes the low end hold, recomputed, is the low end
		double atVolumeForLow = ClaimCheck.annualBill(GPT_4O, verdict.monthlyTokensForLow(), 0.75);
		assertThat(atVolumeForLow).isCloseTo(20_000, within(1e-6));
	}

	@Test
	void payback_holdsForTheSovereignClaimTwelveTimesOver() {
		PaybackVerdict verdict = ClaimCheck.payback(SOVEREIGN_CLAIM);

		// low opex: (1,800,000 - 10,000) / 12 = 149,166.67 a month: 149,166.67 < 200,000
		// after month 1, 298,333.33 after month 2
		assertThat(verdict.atLowOpex()).isEqualTo(Payback.inMonth(2));
		// high opex: (1,800,000 - 50,000) / 12 = 145,833.33 a month: 291,666.67 after
		// month 2
		assertThat(verdict.atHighOpex()).isEqualTo(Payback.inMonth(2));
		assertThat(verdict.holds()).isTrue();
		// 24 / 2
		assertThat(verdict.factor()).isCloseTo(12, within(1e-12));
		// 50,000 + 12 x 200,000 / 24 = 150,000; 24 x (1,800,000 - 50,000) / 12 =
		// 3,500,000
		assertThat(verdict.annualBillNeeded()).isCloseTo(150_000, within(1e-6));
		assertThat(verdict.capexAllowed()).isCloseTo(3_500_000, within(1e-6));
	}

	@Test
	void payback_billNeededIsTheEdgeOfTheClaimedMonth() {
		// (150,001 - 50,000) / 12 = 8,333.42 a month, 200,002 after 24 months;
		// (149,999 - 50,000) / 12 = 8,333.25 a month, 199,998 after 24, 208,331 after 25
		assertThat(ClaimCheck.payback(new PaybackClaim(USD, 200_000, 10_000, 50_000, 150_001, 24)).atHighOpex())
			.isEqualTo(Payback.inMonth(24));
		PaybackVerdict short_ = ClaimCheck.payback(new PaybackClaim(USD, 200_000, 10_000, 50_000, 149_999, 24));
		assertThat(short_.atHighOpex()).isEqualTo(Payback.inMonth(25));
		assertThat(short_.holds()).isFalse();
	}

	@Test
	void payback_neverWhenOpexExceedsTheBill() {
		PaybackVerdict verdict = ClaimCheck.payback(new PaybackClaim(USD, 200_000, 10_000, 50_000, 40_000, 24));

		// high opex 50,000 > bill 40,000: the savings are -833.33 a month
		assertThat(verdict.atHighOpex()).isInstanceOfSatisfying(Payback.Never.class,
				never -> assertThat(never.why()).isEqualTo(Payback.Why.OPEX_EXCEEDS_API));
		// low opex: (40,000 - 10,000) / 12 = 2,500 a month, 200,000 after 80 months
		assertThat(verdict.atLowOpex()).isEqualTo(Payback.inMonth(80));
		assertThat(verdict.holds()).isFalse();
		assertThat(verdict.factor()).isNaN();
		assertThat(verdict.capexAllowed()).isZero();
	}

	@Test
	void payback_notWithinTheHorizonWhenTheSavingsAreTooSmall() {
		// (60,000 - 50,000) / 12 = 833.33 a month: 100,000 after 120 months, half the
		// capex
		PaybackVerdict verdict = ClaimCheck.payback(new PaybackClaim(USD, 200_000, 50_000, 50_000, 60_000, 24));

		assertThat(verdict.atHighOpex()).isInstanceOfSatisfying(Payback.Never.class,
				never -> assertThat(never.why()).isEqualTo(Payback.Why.NOT_WITHIN_HORIZON));
	}

	@Test
	void hardwareFit_405bNeedsTwiceTheClaimedPriceInGpusAlone() {
		HardwareFitVerdict verdict = ClaimCheck
			.hardwareFit(new HardwareFitClaim(LLAMA_405B, Precision.INT4, 8_000, null, 0, 1, 8_192), GPUS);

		// most GB per dollar: RTX 5090 32 / 1,999 = 0.0160 > RTX 4090 24 / 1,599 =
		// 0.0150; $8,000 buys 4 of them, 128 GB, for $7,996
		HardwareFitVerdict.GpuNeed node = verdict.node().orElseThrow();
		assertThat(node.gpu()).isEqualTo(RTX_5090);
		assertThat(node.gpus()).isEqualTo(4);
		// weights 405 x 0.5 = 202.5 GB; KV 2 x 126 x 8 x 128 x 2 B = 516,096 B a token x
		// 8,192 = 4.228 GB; overhead 10 % of 128 = 12.8 GB; 219.528 GB > 128 GB
		assertThat(node.fit().weightsGb()).isCloseTo(202.5, within(1e-9));
		assertThat(node.fit().kvCacheGb()).isCloseTo(4.227858432, within(1e-9));
		assertThat(node.fit().requiredGb()).isCloseTo(219.527858432, within(1e-9));
		assertThat(node.fit().fits()).isFalse();
		assertThat(verdict.holds()).isFalse();
		// n GPUs of M GB hold it when 0.9 n M >= 206.728: RTX 4090 n >= 9.57 -> 10 for
		// $15,990; RTX 5090 n >= 7.18 -> 8 for $15,992; H200 2 for $75,000; H100 3 for
		// $82,500; the MI300X has no price
		assertThat(verdict.needs()).extracting(n -> n.gpu().name() + " x" + n.gpus())
			.containsExactly("RTX 4090 x10", "RTX 5090 x8", "H200 SXM 141GB x2", "H100 SXM5 80GB x3");
		assertThat(verdict.cheapest().orElseThrow().cost()).isCloseTo(15_990, within(1e-9));
		// 8,000 / 15,990
		assertThat(verdict.factor()).isCloseTo(0.500313, within(1e-6));
	}

	@Test
	void hardwareFit_holdsForAnEightBillionModelOnOneNamedGpu() {
		HardwareFitVerdict verdict = ClaimCheck
			.hardwareFit(new HardwareFitClaim(LLAMA_8B, Precision.INT4, 8_000, RTX_4090, 1, 1, 8_192), GPUS);

		// 8.03 x 0.5 = 4.015 GB + KV 2 x 32 x 8 x 128 x 2 B x 8,192 = 1.074 GB + 2.4 GB
		// overhead = 7.489 GB <= 24 GB, and $1,599 <= $8,000
		assertThat(verdict.node().orElseThrow().fit().requiredGb()).isCloseTo(7.488741824, within(1e-9));
		assertThat(verdict.holds()).isTrue();
	}

	@Test
	void hardwareFit_aPriceThatBuysNoGpuHasNoNode() {
		HardwareFitVerdict verdict = ClaimCheck
			.hardwareFit(new HardwareFitClaim(LLAMA_8B, Precision.INT4, 1_000, null, 0, 1, 8_192), GPUS);

		// $1,000 < $1,999 for one RTX 5090
		assertThat(verdict.node()).isEmpty();
		assertThat(verdict.holds()).isFalse();
	}

}
