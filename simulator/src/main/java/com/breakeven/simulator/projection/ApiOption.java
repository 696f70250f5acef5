package com.breakeven.simulator.projection;

import com.breakeven.tco.ApiPricing;

/**
 * An API model and how its price is expected to fall.
 *
 * @param name the model, as shown ("openai/gpt-4o")
 * @param pricing today's prices
 * @param priceDeclinePerYear expected fall of its prices per year (0.3 = 30 % cheaper
 * each year), applied month by month (see {@link ProjectionKernel})
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

}
