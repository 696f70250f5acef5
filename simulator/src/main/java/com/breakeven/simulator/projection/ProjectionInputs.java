package com.breakeven.simulator.projection;

import java.util.Currency;

import com.breakeven.tco.Finance;

/**
 * Everything a projection needs, for one workload.
 *
 * @param currency currency of every price and result
 * @param horizonMonths months projected (36 by default)
 * @param demand how the workload's tokens move
 * @param currentApi the API model in use today
 * @param cheapestApi the cheapest API model that meets the workload's quality floor
 * @param own the GPUs that would serve it in-house (or rented)
 * @param ownShare share of the traffic that must stay on own hardware in the hybrid
 * strategy (sensitive data), 0..1
 * @param annualDiscountRate the cost of capital, for net present values
 */
public record ProjectionInputs(Currency currency, int horizonMonths, DemandPath demand, ApiOption currentApi,
		ApiOption cheapestApi, OwnHardware own, double ownShare, double annualDiscountRate) {

	public static final int DEFAULT_HORIZON_MONTHS = 36;

	public ProjectionInputs {
		if (currency == null || demand == null || currentApi == null || cheapestApi == null || own == null) {
			throw new IllegalArgumentException("a projection needs currency, demand, both API options and hardware");
		}
		if (horizonMonths < 1) {
			throw new IllegalArgumentException("horizonMonths must be >= 1, was " + horizonMonths);
		}
		if (!(ownShare >= 0 && ownShare <= 1)) {
			throw new IllegalArgumentException("ownShare must be in [0, 1], was " + ownShare);
		}
		if (!(annualDiscountRate > -1)) {
			throw new IllegalArgumentException("annualDiscountRate must be > -1, was " + annualDiscountRate);
		}
		for (ApiOption api : new ApiOption[] { currentApi, cheapestApi }) {
			if (!api.pricing().currency().equals(currency)) {
				throw new IllegalArgumentException(api.name() + " is priced in " + api.pricing().currency()
						+ ", the projection in " + currency + ": convert first");
			}
		}
	}

	/**
	 * The finance terms of the owned nodes, for the engine's monthly formulas and the
	 * break-even: a life of {@code own.lifeMonths} ÷ 12 years, the owned residual value,
	 * this cost of capital, a one-month horizon (the projection runs the months itself).
	 */
	public Finance ownFinance() {
		return new Finance(this.currency, this.own.lifeMonths() / 12.0, this.own.residualFraction(),
				this.annualDiscountRate, 1);
	}

	/**
	 * @return whether the cheapest adequate API is the model in use today (then moving to
	 * it is not a move)
	 */
	public boolean cheapestIsCurrent() {
		return this.cheapestApi.name().equals(this.currentApi.name());
	}

}
