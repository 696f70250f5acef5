package com.breakeven.tco;

import java.util.Currency;

/**
 * How capital is accounted for and how the future is discounted.
 *
 * @param currency the scenario's currency; every money input is in it and every output
 * carries it
 * @param depreciationYears economic life of the hardware, years (straight-line)
 * @param residualValueFraction value left at the end of the life, as a fraction of capex
 * @param annualDiscountRate cost of capital and discount rate, per year (0.08 = 8 %)
 * @param horizonMonths months evaluated; at most the depreciation life (refreshes are the
 * simulator's job)
 */
public record Finance(Currency currency, double depreciationYears, double residualValueFraction,
		double annualDiscountRate, int horizonMonths) {

	public Finance {
		Require.notNull("currency", currency);
		Require.positive("depreciationYears", depreciationYears);
		Require.fractionBelowOne("residualValueFraction", residualValueFraction);
		if (!(annualDiscountRate > -1) || Double.isInfinite(annualDiscountRate)) {
			throw new IllegalArgumentException("annualDiscountRate must be > -1, was " + annualDiscountRate);
		}
		Require.atLeast("horizonMonths", horizonMonths, 1);
		int lifeMonths = (int) Math.round(depreciationYears * 12);
		if (horizonMonths > lifeMonths) {
			throw new IllegalArgumentException("horizonMonths must be <= the depreciation life of " + lifeMonths
					+ " months (hardware refresh is modelled by the simulator), was " + horizonMonths);
		}
	}

	/**
	 * @return depreciation life in whole months: years × 12, rounded
	 */
	public int lifeMonths() {
		return (int) Math.round(this.depreciationYears * 12);
	}

}
