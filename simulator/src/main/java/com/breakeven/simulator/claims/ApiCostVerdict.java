package com.breakeven.simulator.claims;

/**
 * An API cost claim recomputed from the model's prices. Money in the prices' currency, a
 * year = 12 months.
 *
 * @param claim the claim
 * @param annualAtMix 12 × the month's bill at the claim's volume and input share
 * @param annualAllInput the same if every token were input (the cheapest mix)
 * @param annualAllOutput the same if every token were output (the dearest mix)
 * @param monthlyTokensForLow the monthly volume, at the input share, whose annual bill is
 * the claim's low figure
 * @param monthlyTokensForHigh the same for the claim's high figure
 */
public record ApiCostVerdict(ApiCostClaim claim, double annualAtMix, double annualAllInput, double annualAllOutput,
		double monthlyTokensForLow, double monthlyTokensForHigh) {

	/**
	 * @return whether the recomputed bill lies in the claimed range: low ≤ annualAtMix ≤
	 * high
	 */
	public boolean holds() {
		return this.claim.claimedAnnualLow() <= this.annualAtMix && this.annualAtMix <= this.claim.claimedAnnualHigh();
	}

	/**
	 * @return whether some input share would make it hold: the claimed range meets
	 * [annualAllInput, annualAllOutput]
	 */
	public boolean holdsAtSomeMix() {
		return this.claim.claimedAnnualLow() <= this.annualAllOutput
				&& this.annualAllInput <= this.claim.claimedAnnualHigh();
	}

	/**
	 * @return claimed low ÷ recomputed (300 = the claim is 300 times the bill)
	 */
	public double factorLow() {
		return this.claim.claimedAnnualLow() / this.annualAtMix;
	}

	/**
	 * @return claimed high ÷ recomputed
	 */
	public double factorHigh() {
		return this.claim.claimedAnnualHigh() / this.annualAtMix;
	}

	/**
	 * @return how many times the claim's low end exceeds even the dearest mix: claimed
	 * low ÷ annualAllOutput
	 */
	public double overstatementAtLeast() {
		return this.claim.claimedAnnualLow() / this.annualAllOutput;
	}

	/**
	 * @return the blended price per million tokens at the mix: annualAtMix ÷ 12 ÷
	 * (monthlyTokens ÷ 10^6)
	 */
	public double pricePerMillionAtMix() {
		return pricePerMillion(this.annualAtMix);
	}

	/**
	 * @return the blended price per million tokens at which the claim's low figure would
	 * hold for its volume: claimed low ÷ 12 ÷ (monthlyTokens ÷ 10^6)
	 */
	public double pricePerMillionForLow() {
		return pricePerMillion(this.claim.claimedAnnualLow());
	}

	/**
	 * @return the same for the claim's high figure
	 */
	public double pricePerMillionForHigh() {
		return pricePerMillion(this.claim.claimedAnnualHigh());
	}

	private double pricePerMillion(double annualBill) {
		return annualBill / 12 / (this.claim.monthlyTokens() / 1_000_000);
	}

}
