package com.breakeven.simulator.claims;

import java.util.function.Function;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;

/**
 * Published cost claims checked against list prices and the engine: what a stated volume
 * really costs, which volume a stated bill implies, and what a stated deployment would
 * really take to replace it.
 */
public final class ClaimCheck {

	private ClaimCheck() {
	}

	/**
	 * A month of {@code monthlyTokens} tokens, {@code inputShare} of them uncached input
	 * and the rest output.
	 */
	public static Demand demand(double monthlyTokens, double inputShare, double peakToAverage) {
		if (!(inputShare >= 0 && inputShare <= 1)) {
			throw new IllegalArgumentException("inputShare must be in [0, 1], was " + inputShare);
		}
		return new Demand(monthlyTokens * inputShare, 0, monthlyTokens * (1 - inputShare), peakToAverage);
	}

	/**
	 * @param pricing the API's prices
	 * @param monthlyTokens the claimed volume
	 * @param inputShare the share of input tokens assumed
	 * @param claimedAnnualLow the claim's low annual bill
	 * @param claimedAnnualHigh the claim's high annual bill
	 */
	public static CloudBill cloudBill(ApiPricing pricing, double monthlyTokens, double inputShare,
			double claimedAnnualLow, double claimedAnnualHigh) {
		double atMix = annualBill(pricing, monthlyTokens, inputShare);
		return new CloudBill(monthlyTokens, inputShare, atMix, annualBill(pricing, monthlyTokens, 1),
				annualBill(pricing, monthlyTokens, 0), claimedAnnualLow, claimedAnnualHigh,
				monthlyTokensFor(pricing, claimedAnnualLow, inputShare),
				monthlyTokensFor(pricing, claimedAnnualHigh, inputShare));
	}

	/** Twelve months of the API's bill for the volume. */
	public static double annualBill(ApiPricing pricing, double monthlyTokens, double inputShare) {
		return 12 * Formulas.apiMonthlyCost(pricing, demand(monthlyTokens, inputShare, 1)).total();
	}

	/**
	 * The monthly volume, in the mix, whose bill over twelve months is
	 * {@code annualBill}.
	 */
	public static double monthlyTokensFor(ApiPricing pricing, double annualBill, double inputShare) {
		// the bill is linear in the volume: scale a billion tokens' bill
		double perBillion = annualBill(pricing, 1e9, inputShare);
		return annualBill / perBillion * 1e9;
	}

	/**
	 * What replacing a stated annual API bill with own hardware takes: the volume the
	 * bill implies, then the engine's nodes, capex and payback for it.
	 * @param scenarioFor the own-hardware scenario for a demand (node, throughput,
	 * hosting, finance as catalogued)
	 */
	public static Sovereign sovereign(ApiPricing pricing, double claimedAnnualBill, double inputShare,
			double peakToAverage, double claimedCapex, int claimedPaybackMonths,
			Function<Demand, Scenario> scenarioFor) {
		double monthlyTokens = monthlyTokensFor(pricing, claimedAnnualBill, inputShare);
		Demand demand = demand(monthlyTokens, inputShare, peakToAverage);
		Evaluation evaluation = TcoEngine.evaluate(scenarioFor.apply(demand));
		return new Sovereign(claimedAnnualBill, claimedCapex, claimedPaybackMonths, monthlyTokens, evaluation);
	}

	/**
	 * @param monthlyTokens the claimed volume
	 * @param inputShare share of input tokens assumed
	 * @param annualAtMix twelve months at that mix
	 * @param annualAllInput twelve months if every token were input (the cheapest mix)
	 * @param annualAllOutput twelve months if every token were output (the dearest mix)
	 * @param claimedLow the claim's low annual bill
	 * @param claimedHigh the claim's high annual bill
	 * @param monthlyTokensForLow the volume at which the low claim would hold, at the mix
	 * @param monthlyTokensForHigh the volume at which the high claim would hold, at the
	 * mix
	 */
	public record CloudBill(double monthlyTokens, double inputShare, double annualAtMix, double annualAllInput,
			double annualAllOutput, double claimedLow, double claimedHigh, double monthlyTokensForLow,
			double monthlyTokensForHigh) {

		/** How many times the claim's low end exceeds even the dearest mix. */
		public double overstatementAtLeast() {
			return this.claimedLow / this.annualAllOutput;
		}

	}

	/**
	 * @param claimedAnnualBill the bill the deployment is said to eliminate
	 * @param claimedCapex what the deployment is said to cost
	 * @param claimedPaybackMonths by when it is said to pay back
	 * @param impliedMonthlyTokens the volume that bill implies at list prices
	 * @param evaluation the engine's answer for that volume on the catalogued hardware
	 */
	public record Sovereign(double claimedAnnualBill, double claimedCapex, int claimedPaybackMonths,
			double impliedMonthlyTokens, Evaluation evaluation) {

		/**
		 * Whether the engine's capex is within the claim's and it pays back by the
		 * claimed month.
		 */
		public boolean claimHolds() {
			if (!(this.evaluation instanceof Evaluation.Evaluated evaluated)) {
				return false;
			}
			return evaluated.capex() <= this.claimedCapex && evaluated.payback() instanceof Payback.InMonth in
					&& in.month() <= this.claimedPaybackMonths;
		}

	}

}
