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
	 * batch discount  = list × batch share × batch discount
	 * negotiated      = (list − batch discount) × negotiated discount
	 * total           = list − batch discount − negotiated
	 * </pre> Batch traffic is assumed to have the workload's token mix.
	 * @param pricing the API's prices and discounts
	 * @param demand the month's tokens
	 * @return the bill in the pricing's currency
	 */
	public static ApiMonthlyCost monthlyCost(ApiPricing pricing, Demand demand) {
		double input = demand.monthlyInputTokens() * pricing.inputPerMillion() / Units.TOKENS_PER_MILLION;
		double cachedInput = demand.monthlyCachedInputTokens() * pricing.cachedInputPerMillion()
				/ Units.TOKENS_PER_MILLION;
		double output = demand.monthlyOutputTokens() * pricing.outputPerMillion() / Units.TOKENS_PER_MILLION;
		double cacheWrite = demand.monthlyCacheWriteTokens() * pricing.cacheWritePerMillion()
				/ Units.TOKENS_PER_MILLION;
		double list = input + cachedInput + cacheWrite + output;
		double batchDiscount = list * pricing.batchShare() * pricing.batchDiscount();
		double negotiatedDiscount = (list - batchDiscount) * pricing.negotiatedDiscount();
		return new ApiMonthlyCost(pricing.currency(), input, cachedInput, output, batchDiscount, negotiatedDiscount,
				cacheWrite);
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
