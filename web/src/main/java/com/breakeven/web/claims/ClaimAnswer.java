package com.breakeven.web.claims;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.web.api.ApiDocs;

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
public record ClaimAnswer(
		@Schema(description = "What the claim states: API_COST, PAYBACK or HARDWARE_FIT.",
				example = "API_COST") ClaimKind kind,
		@Schema(description = "Whether the claim holds.", example = "false") boolean holds,
		@Schema(description = "The answer in one paragraph.") String verdict,
		@Schema(description = "Claimed ÷ recomputed, a ratio (decimal string); absent when there is nothing to divide by.",
				example = "685.71") String factor,
		@Schema(description = "What factor divides, in words.") String factorMeaning,
		@Schema(description = ApiDocs.CURRENCY, example = "USD") String currency,
		@Schema(description = "What the check assumed where the claim said nothing.") List<String> assumptions,
		@Schema(description = "The API cost check (API_COST only).") ApiCostFigures apiCost,
		@Schema(description = "The payback check (PAYBACK only).") PaybackFigures payback,
		@Schema(description = "The hardware-fit check (HARDWARE_FIT only).") HardwareFitFigures hardwareFit) {

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
	public record ApiCostFigures(@Schema(description = ApiDocs.MODEL, example = "openai/gpt-4o") String model,
			@Schema(description = "Provider code of the seller at the price used.", example = "openai") String seller,
			@Schema(description = "Day the price took effect" + ApiDocs.ISO_DATE,
					example = "2026-07-01") LocalDate priceEffectiveFrom,
			@Schema(description = "Day asked for" + ApiDocs.ISO_DATE, example = "2026-07-01") LocalDate pricesOn,
			@Schema(description = "The rate the price was converted at, its source and day, in words; absent when the seller prices in currency.") String exchangeRate,
			@Schema(description = "A million input tokens," + ApiDocs.PER_MILLION,
					example = "2.5") String inputPerMillion,
			@Schema(description = "A million output tokens," + ApiDocs.PER_MILLION,
					example = "10") String outputPerMillion,
			@Schema(description = "Input and output tokens together, tokens per month (decimal string).",
					example = "500000000") String monthlyTokens,
			@Schema(description = "Share of uncached input tokens, a fraction from 0 to 1 (decimal string).",
					example = "0.75") String inputShare,
			@Schema(description = "The claim's annual bill or its low end," + ApiDocs.MONEY,
					example = "18000000.00") String claimedAnnualCostLow,
			@Schema(description = "The claim's high end," + ApiDocs.MONEY,
					example = "36000000.00") String claimedAnnualCostHigh,
			@Schema(description = "12 months at the volume and mix," + ApiDocs.MONEY,
					example = "26250.00") String annualCost,
			@Schema(description = "12 months if every token were input," + ApiDocs.MONEY) String annualCostAllInput,
			@Schema(description = "12 months if every token were output," + ApiDocs.MONEY) String annualCostAllOutput,
			@Schema(description = "Whether any input share would make the claim hold.",
					example = "false") boolean holdsAtSomeMix,
			@Schema(description = "Claimed low ÷ annualCost, a ratio (decimal string).") String factorLow,
			@Schema(description = "Claimed high ÷ annualCost, a ratio (decimal string).") String factorHigh,
			@Schema(description = "Volume at which the low end would hold, tokens per month (decimal string).") String monthlyTokensForLow,
			@Schema(description = "Volume at which the high end would hold, tokens per month (decimal string).") String monthlyTokensForHigh,
			@Schema(description = "Blended price at the mix," + ApiDocs.PER_MILLION) String pricePerMillion,
			@Schema(description = "Blended price at which the low end would hold,"
					+ ApiDocs.PER_MILLION) String pricePerMillionForLow,
			@Schema(description = "Blended price at which the high end would hold,"
					+ ApiDocs.PER_MILLION) String pricePerMillionForHigh) {

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
	public record PaybackFigures(@Schema(description = "Up-front cost," + ApiDocs.MONEY) String capex,
			@Schema(description = "Running cost a year, low end," + ApiDocs.MONEY) String opexPerYearLow,
			@Schema(description = "Running cost a year, high end," + ApiDocs.MONEY) String opexPerYearHigh,
			@Schema(description = "The bill it replaces, a year," + ApiDocs.MONEY) String annualBill,
			@Schema(description = "Month (1-based) by which it is said to pay back.",
					example = "24") int claimedPaybackMonth,
			@Schema(description = "Payback month (1-based) with the low opex; absent when never.") Integer paybackMonthAtLowOpex,
			@Schema(description = "Why it never pays back with the low opex; absent when it does.") String reasonAtLowOpex,
			@Schema(description = "Payback month (1-based) with the high opex; absent when never.") Integer paybackMonthAtHighOpex,
			@Schema(description = "Why it never pays back with the high opex; absent when it does.") String reasonAtHighOpex,
			@Schema(description = "Months over which payback was sought.", example = "120") int horizonMonths,
			@Schema(description = "Smallest bill a year that pays back by the claimed month at the high opex,"
					+ ApiDocs.MONEY) String annualBillNeeded,
			@Schema(description = "Largest capex the claimed bill pays back by the claimed month at the high opex,"
					+ ApiDocs.MONEY) String capexAllowed) {

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
	public record HardwareFitFigures(@Schema(description = ApiDocs.MODEL) String model,
			@Schema(description = "Precision of the weights: FP16, BF16, FP8, INT8, INT4 or FP4.",
					example = "FP16") String precision,
			@Schema(description = "What the node is said to cost," + ApiDocs.MONEY) String claimedNodePrice,
			@Schema(description = "Sequences served at once, a count.", example = "1") int concurrency,
			@Schema(description = "Prompt + output tokens per sequence, tokens.",
					example = "8192") int tokensPerSequence,
			@Schema(description = "The claimed node's GPUs and the memory check on them; absent when the price buys no catalogued GPU.") GpuFigures claimedNode,
			@Schema(description = "For each catalogued GPU with a price, the fewest that hold the model, cheapest first (GPUs alone).") List<GpuFigures> gpusNeeded,
			@Schema(description = "Catalogued GPUs left out for want of a unit price in currency, by code.") List<String> notPriced) {

	}

	/**
	 * @param gpu the GPU's catalogue code
	 * @param memoryGb their memory together, GB
	 * @param requiredGb weights + KV cache + runtime overhead, GB
	 * @param cost gpus × unit price
	 * @param memoryCheck the memory check in words
	 */
	public record GpuFigures(@Schema(description = ApiDocs.GPU_CODE, example = "h100-sxm5-80gb") String gpu,
			@Schema(description = ApiDocs.DISPLAY_NAME, example = "H100 SXM5 80GB") String name,
			@Schema(description = "GPUs, a count.", example = "2") int gpus,
			@Schema(description = "Their memory together, GB (decimal string).", example = "160") String memoryGb,
			@Schema(description = "The weights, GB (decimal string).") String weightsGb,
			@Schema(description = "The KV cache at the concurrency and sequence length, GB (decimal string).") String kvCacheGb,
			@Schema(description = "Runtime overhead, GB (decimal string).") String runtimeOverheadGb,
			@Schema(description = "Weights + KV cache + runtime overhead, GB (decimal string).") String requiredGb,
			@Schema(description = "Whether the model fits in their memory.", example = "true") boolean fits,
			@Schema(description = "GPUs × unit price," + ApiDocs.MONEY) String cost,
			@Schema(description = "The memory check in words.") String memoryCheck) {

	}

}
