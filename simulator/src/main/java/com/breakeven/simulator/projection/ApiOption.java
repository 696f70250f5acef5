package com.breakeven.simulator.projection;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Formulas;

/**
 * An API model and how its price is expected to fall.
 *
 * @param name the model, as shown ("openai/gpt-4o")
 * @param pricing today's prices
 * @param priceDeclinePerYear expected fall of its prices per year (0.3 = 30 % cheaper
 * each year), applied month by month
 */
public record ApiOption(String name, ApiPricing pricing, double priceDeclinePerYear) {

	public ApiOption {
		if (name == null || pricing == null) {
			throw new IllegalArgumentException("an API option needs a name and prices");
		}
		if (!(priceDeclinePerYear >= 0 && priceDeclinePerYear < 1)) {
			throw new IllegalArgumentException("priceDeclinePerYear must be in [0, 1), was " + priceDeclinePerYear);
		}
	}

	/**
	 * @param month 1 for the first projected month
	 * @return the prices in that month: today's × (1 + monthly rate of −decline)^(month −
	 * 1), i.e. × (1 − decline)^((month − 1) ÷ 12)
	 */
	public ApiPricing pricingIn(int month) {
		double factor = Math.pow(1 + Formulas.monthlyRate(-this.priceDeclinePerYear), month - 1);
		ApiPricing p = this.pricing;
		return new ApiPricing(p.currency(), p.inputPerMillion() * factor, p.cachedInputPerMillion() * factor,
				p.outputPerMillion() * factor, p.batchShare(), p.batchDiscount(), p.negotiatedDiscount(),
				p.cacheWritePerMillion() * factor);
	}

}
