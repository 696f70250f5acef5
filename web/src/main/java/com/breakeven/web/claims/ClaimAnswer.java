package com.breakeven.web.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked claim as {@code POST /api/v1/claims/check} answers it: amounts as decimal
 * strings in {@code currency}, exactly one of the three sections present.
 *
 * @param kind what the claim states
 * @param holds whether it holds
 * @param verdict the answer in one paragraph
 * @param factor claimed ÷ recomputed (API_COST: the claim's low end ÷ the bill; PAYBACK:
 * claimed month ÷ payback month at the high opex; HARDWARE_FIT: claimed price ÷ the
 * cheapest GPUs that hold the model); absent when there is nothing to divide by
 * @param factorMeaning what {@code factor} divides, in words
 * @param currency ISO 4217 code of every amount
 * @param assumptions what the check assumed where the claim said nothing
 * @param apiCost the API cost check
 * @param payback the payback check
 * @param hardwareFit the hardware-fit check
 */
public record ClaimAnswer(ClaimKind kind, boolean holds, String verdict, String factor, String factorMeaning,
		String currency, List<String> assumptions, ApiCostFigures apiCost, PaybackFigures payback,
		HardwareFitFigures hardwareFit) {

	/**
	 * @param model the model's canonical name
	 * @param seller who sells it at the price used
	 * @param priceEffectiveFrom the day the price took effect
	 * @param pricesOn the day asked for
	 * @param exchangeRate the rate the price was converted at, its source and day; absent
	 * when the seller prices in {@code currency}
	 * @param inputPerMillion the price of a million input tokens, in {@code currency}
	 * @param outputPerMillion the price of a million output tokens, in {@code currency}
	 * @param annualCost 12 months at the volume and mix
	 * @param annualCostAllInput the same if every token were input
	 * @param annualCostAllOutput the same if every token were output
	 * @param holdsAtSomeMix whether any input share would make it hold
	 * @param factorLow claimed low ÷ annualCost
	 * @param factorHigh claimed high ÷ annualCost
	 * @param monthlyTokensForLow the volume a month at which the low end would hold
	 * @param monthlyTokensForHigh the same for the high end
	 * @param pricePerMillion the blended price per million tokens at the mix
	 * @param pricePerMillionForLow the blended price at which the low end would hold
	 * @param pricePerMillionForHigh the same for the high end
	 */
	public record ApiCostFigures(String model, String seller, LocalDate priceEffectiveFrom, LocalDate pricesOn,
			String exchangeRate, String inputPerMillion, String outputPerMillion, String monthlyTokens,
			String inputShare, String claimedAnnualCostLow, String claimedAnnualCostHigh, String annualCost,
			String annualCostAllInput, String annualCostAllOutput, boolean holdsAtSomeMix, String factorLow,
			String factorHigh, String monthlyTokensForLow, String monthlyTokensForHigh, String pricePerMillion,
			String pricePerMillionForLow, String pricePerMillionForHigh) {

	}

	/**
	 * @param paybackMonthAtLowOpex payback month with the low opex; absent when never
	 * @param reasonAtLowOpex why it never pays back with the low opex
	 * @param paybackMonthAtHighOpex payback month with the high opex; absent when never
	 * @param reasonAtHighOpex why it never pays back with the high opex
	 * @param horizonMonths months over which payback was sought
	 * @param annualBillNeeded the smallest bill a year that pays back by the claimed
	 * month at the high opex
	 * @param capexAllowed the largest capex the claimed bill pays back by the claimed
	 * month at the high opex
	 */
	public record PaybackFigures(String capex, String opexPerYearLow, String opexPerYearHigh, String annualBill,
			int claimedPaybackMonth, Integer paybackMonthAtLowOpex, String reasonAtLowOpex,
			Integer paybackMonthAtHighOpex, String reasonAtHighOpex, int horizonMonths, String annualBillNeeded,
			String capexAllowed) {

	}

	/**
	 * @param model the model's canonical name
	 * @param claimedNode the claimed node's GPUs and the memory check on them; absent
	 * when the price buys no catalogued GPU
	 * @param gpusNeeded for each catalogued GPU with a price, the fewest that hold the
	 * model, cheapest first (GPUs alone: no server, networking or installation)
	 * @param notPriced catalogued GPUs left out for want of a unit price in
	 * {@code currency}
	 */
	public record HardwareFitFigures(String model, String precision, String claimedNodePrice, int concurrency,
			int tokensPerSequence, GpuFigures claimedNode, List<GpuFigures> gpusNeeded, List<String> notPriced) {

	}

	/**
	 * @param gpu the GPU's catalogue code
	 * @param memoryGb their memory together, GB
	 * @param requiredGb weights + KV cache + runtime overhead, GB
	 * @param cost gpus × unit price
	 * @param memoryCheck the memory check in words
	 */
	public record GpuFigures(String gpu, String name, int gpus, String memoryGb, String weightsGb, String kvCacheGb,
			String runtimeOverheadGb, String requiredGb, boolean fits, String cost, String memoryCheck) {

	}

}
