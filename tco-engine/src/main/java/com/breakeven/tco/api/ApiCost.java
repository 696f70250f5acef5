package com.breakeven.tco.api;

import com.breakeven.tco.ApiMonthlyCost;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Units;

/** What a workload costs on an API in one month. */
public final class ApiCost {

	private ApiCost() {
	}

	/**
	 * The month's API bill, line by line. <pre>
	 * list            = input × p_in / 10^6 + cached × p_cached / 10^6 + cache writes × p_write / 10^6
	 *                   + output × p_out / 10^6
	 *                   + audio input × p_audio_in / 10^6 + audio output × p_audio_out / 10^6
	 * batch discount  = list × batch share × batch discount
	 * negotiated      = (list − batch discount) × negotiated discount
	 * total           = list − batch discount − negotiated
	 * </pre> Batch traffic is assumed to have the workload's token mix. Audio tokens are
	 * billed at the audio prices only: a month with audio tokens and no audio price is
	 * refused, never billed as text or at 0.
	 * @param pricing the API's prices and discounts
	 * @param demand the month's tokens
	 * @return the bill in the pricing's currency
	 * @throws IllegalArgumentException when the month has audio tokens of a class the
	 * pricing has no price for
	 */
	public static ApiMonthlyCost monthlyCost(ApiPricing pricing, Demand demand) {
		double input = demand.monthlyInputTokens() * pricing.inputPerMillion() / Units.TOKENS_PER_MILLION;
		double cachedInput = demand.monthlyCachedInputTokens() * pricing.cachedInputPerMillion()
				/ Units.TOKENS_PER_MILLION;
		double output = demand.monthlyOutputTokens() * pricing.outputPerMillion() / Units.TOKENS_PER_MILLION;
		double cacheWrite = demand.monthlyCacheWriteTokens() * pricing.cacheWritePerMillion()
				/ Units.TOKENS_PER_MILLION;
		double audioInput = audio("audio input", demand.monthlyInputAudioTokens(), pricing.inputAudioPerMillion());
		double audioOutput = audio("audio output", demand.monthlyOutputAudioTokens(), pricing.outputAudioPerMillion());
		double list = input + cachedInput + cacheWrite + output + audioInput + audioOutput;
		double batchDiscount = list * pricing.batchShare() * pricing.batchDiscount();
		double negotiatedDiscount = (list - batchDiscount) * pricing.negotiatedDiscount();
		return new ApiMonthlyCost(pricing.currency(), input, cachedInput, output, batchDiscount, negotiatedDiscount,
				cacheWrite, audioInput, audioOutput);
	}

	/**
	 * @return audio tokens × price ÷ 10^6; 0 without tokens, whatever the price
	 * @throws IllegalArgumentException for tokens without a price ({@code NaN})
	 */
	private static double audio(String tokenClass, double tokens, double perMillion) {
		if (tokens == 0) {
			return 0;
		}
		if (Double.isNaN(perMillion)) {
			throw new IllegalArgumentException(tokenClass + " tokens not priced: the price has no " + tokenClass
					+ " price, and audio is never billed as text");
		}
		return tokens * perMillion / Units.TOKENS_PER_MILLION;
	}

	/**
	 * The API's price per token for the workload's mix, after discounts: linear in
	 * volume.
	 * @param pricing the API's prices and discounts
	 * @param demand a demand whose mix of token classes is used (its volume is not)
	 * @return cost per token (input + cached + output), in the pricing's currency
	 */
	public static double blendedPricePerToken(ApiPricing pricing, Demand demand) {
		return monthlyCost(pricing, demand.scaledTo(Units.TOKENS_PER_MILLION)).total() / Units.TOKENS_PER_MILLION;
	}

}
