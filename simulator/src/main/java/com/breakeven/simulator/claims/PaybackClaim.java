package com.breakeven.simulator.claims;

import java.util.Currency;
import java.util.Objects;

import com.breakeven.tco.Require;

/**
 * A claim that a deployment pays for itself by replacing an annual bill: "a $200,000
 * deployment with $10–50k a year of operations eliminates a $1.8 million annual bill by
 * year two".
 *
 * @param currency the currency of every amount
 * @param capex what the deployment costs before month 1
 * @param opexPerYearLow the claim's low running cost a year
 * @param opexPerYearHigh the claim's high running cost a year
 * @param annualBill the bill it replaces, a year
 * @param claimedPaybackMonth the month by which it is said to have paid back (24 = by
 * year two)
 */
public record PaybackClaim(Currency currency, double capex, double opexPerYearLow, double opexPerYearHigh,
		double annualBill, int claimedPaybackMonth) {

	public PaybackClaim {
		Objects.requireNonNull(currency, "currency");
		Require.positive("capex", capex);
		Require.nonNegative("opexPerYearLow", opexPerYearLow);
		Require.nonNegative("opexPerYearHigh", opexPerYearHigh);
		if (opexPerYearHigh < opexPerYearLow) {
			throw new IllegalArgumentException(
					"opexPerYearHigh must be >= opexPerYearLow " + opexPerYearLow + ", was " + opexPerYearHigh);
		}
		Require.positive("annualBill", annualBill);
		Require.atLeast("claimedPaybackMonth", claimedPaybackMonth, 1);
		if (claimedPaybackMonth > ClaimCheck.PAYBACK_HORIZON_MONTHS) {
			throw new IllegalArgumentException("claimedPaybackMonth must be <= " + ClaimCheck.PAYBACK_HORIZON_MONTHS
					+ ", was " + claimedPaybackMonth);
		}
	}

}
