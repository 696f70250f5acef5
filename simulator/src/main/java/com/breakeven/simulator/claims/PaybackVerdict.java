package com.breakeven.simulator.claims;

import com.breakeven.tco.Payback;

/**
 * A payback claim recomputed with the engine's payback rule. Money in the claim's
 * currency.
 *
 * @param claim the claim
 * @param atLowOpex payback with the claim's low opex
 * @param atHighOpex payback with the claim's high opex
 * @param annualBillNeeded the smallest annual bill with which it pays back by the claimed
 * month at the high opex: opexHigh + 12 × capex ÷ claimed month
 * @param capexAllowed the largest capex that the claimed bill pays back by the claimed
 * month at the high opex: claimed month × (bill − opexHigh) ÷ 12, at least 0
 */
public record PaybackVerdict(PaybackClaim claim, Payback atLowOpex, Payback atHighOpex, double annualBillNeeded,
		double capexAllowed) {

	/**
	 * @return whether it pays back by the claimed month even at the high opex
	 */
	public boolean holds() {
		return this.atHighOpex instanceof Payback.InMonth in && in.month() <= this.claim.claimedPaybackMonth();
	}

	/**
	 * @return claimed month ÷ recomputed month at the high opex (12 = it pays back twelve
	 * times sooner than claimed), or NaN when it never pays back
	 */
	public double factor() {
		return (this.atHighOpex instanceof Payback.InMonth in) ? (double) this.claim.claimedPaybackMonth() / in.month()
				: Double.NaN;
	}

}
