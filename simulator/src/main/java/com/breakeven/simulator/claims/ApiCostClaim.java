package com.breakeven.simulator.claims;

import com.breakeven.tco.Require;

/**
 * A claim of what a monthly volume of tokens on one API model costs a year, stated as a
 * range (a single figure has {@code claimedAnnualLow == claimedAnnualHigh}). Money is in
 * the currency of the model's prices.
 *
 * @param monthlyTokens tokens a month, input and output together
 * @param inputShare the share of them that is uncached input, 0..1 (the rest is output);
 * claims rarely state it, so the verdict also shows the cheapest and dearest mix
 * @param claimedAnnualLow the claim's low annual bill
 * @param claimedAnnualHigh the claim's high annual bill
 */
public record ApiCostClaim(double monthlyTokens, double inputShare, double claimedAnnualLow, double claimedAnnualHigh) {

	public ApiCostClaim {
		Require.positive("monthlyTokens", monthlyTokens);
		Require.fraction("inputShare", inputShare);
		Require.positive("claimedAnnualLow", claimedAnnualLow);
		Require.positive("claimedAnnualHigh", claimedAnnualHigh);
		if (claimedAnnualHigh < claimedAnnualLow) {
			throw new IllegalArgumentException(
					"claimedAnnualHigh must be >= claimedAnnualLow " + claimedAnnualLow + ", was " + claimedAnnualHigh);
		}
	}

}
