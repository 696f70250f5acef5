package com.breakeven.simulator.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Evaluation;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Gpu;
import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.Payback;
import com.breakeven.tco.Scenario;
import com.breakeven.tco.TcoEngine;

/**
 * Published cost claims checked against the catalogue and the engine: what a stated
 * volume on an API model really costs a year, when a stated deployment really pays back,
 * whether a model really fits a stated node, and for each, the volume, price, bill or
 * hardware at which the claim would hold. Records in, verdicts out.
 */
public final class ClaimCheck {

	/**
	 * Months over which a payback claim is recomputed: ten years, longer than any GPU's
	 * service life.
	 */
	public static final int PAYBACK_HORIZON_MONTHS = 120;

	/** The most GPUs a hardware-fit check adds before it gives a GPU up. */
	public static final int MAX_GPUS = 1024;

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
	 * Recomputes an API cost claim from the model's prices: the annual bill at the
	 * claim's mix and at the cheapest and dearest mix, and the volumes at which the claim
	 * would hold.
	 * @param pricing the model's prices
	 * @param claim the claim
	 * @return the verdict
	 */
	public static ApiCostVerdict apiCost(ApiPricing pricing, ApiCostClaim claim) {
		double monthlyTokens = claim.monthlyTokens();
		return new ApiCostVerdict(claim, annualBill(pricing, monthlyTokens, claim.inputShare()),
				annualBill(pricing, monthlyTokens, 1), annualBill(pricing, monthlyTokens, 0),
				monthlyTokensFor(pricing, claim.claimedAnnualLow(), claim.inputShare()),
				monthlyTokensFor(pricing, claim.claimedAnnualHigh(), claim.inputShare()));
	}

	/**
	 * Recomputes a payback claim: the capex in month 0, then the bill avoided and the
	 * opex paid, each ÷ 12, every month from 1; paid back in the first month from which
	 * the running sum of savings covers the capex ({@link Formulas#paybackMonth}), over
	 * {@value #PAYBACK_HORIZON_MONTHS} months; then the bill and the capex with which it
	 * would just pay back by the claimed month at the high opex: savings × claimed month
	 * = capex, so bill = opex + 12 × capex ÷ month and capex = month × (bill − opex) ÷
	 * 12.
	 * @param claim the claim
	 * @return the verdict
	 */
	public static PaybackVerdict payback(PaybackClaim claim) {
		int month = claim.claimedPaybackMonth();
		return new PaybackVerdict(claim,
				paybackMonth(claim.currency(), claim.capex(), claim.annualBill(), claim.opexPerYearLow()),
				paybackMonth(claim.currency(), claim.capex(), claim.annualBill(), claim.opexPerYearHigh()),
				claim.opexPerYearHigh() + 12 * claim.capex() / month,
				Math.max(0, month * (claim.annualBill() - claim.opexPerYearHigh()) / 12));
	}

	/**
	 * Recomputes a hardware-fit claim with the engine's memory check
	 * ({@link MemoryFitCheck#check}: weights + KV cache + runtime overhead against the
	 * GPUs' memory, KV cache at the precision's default element size, the runtime keeping
	 * {@link MemoryFitCheck#reservedFraction} of the memory): first on the claimed node,
	 * then, for each catalogued GPU with a price, the fewest of them (1 to
	 * {@value #MAX_GPUS}) that hold the model.
	 * @param claim the claim
	 * @param catalogue the catalogued GPUs with a unit price, in the claim's currency
	 * @return the verdict
	 */
	public static HardwareFitVerdict hardwareFit(HardwareFitClaim claim, List<Gpu> catalogue) {
		Gpu nodeGpu = claim.nodeGpu();
		int nodeGpus = claim.nodeGpus();
		if (nodeGpu == null) {
			// the most memory the price can buy: the GPU with the most GB per unit of
			// price
			nodeGpu = catalogue.stream()
				.filter(g -> g.unitPrice() > 0)
				.max(Comparator.comparingDouble(g -> g.memoryGb() / g.unitPrice()))
				.orElse(null);
			nodeGpus = (nodeGpu != null) ? (int) Math.floor(claim.claimedNodePrice() / nodeGpu.unitPrice()) : 0;
		}
		Optional<HardwareFitVerdict.GpuNeed> node = (nodeGpus >= 1)
				? Optional.of(new HardwareFitVerdict.GpuNeed(nodeGpu, nodeGpus, memoryFit(claim, nodeGpu, nodeGpus)))
				: Optional.empty();
		List<HardwareFitVerdict.GpuNeed> needs = new ArrayList<>();
		for (Gpu gpu : catalogue) {
			if (gpu.unitPrice() <= 0) {
				continue;
			}
			for (int gpus = 1; gpus <= MAX_GPUS; gpus++) {
				MemoryFit fit = memoryFit(claim, gpu, gpus);
				if (fit.fits()) {
					needs.add(new HardwareFitVerdict.GpuNeed(gpu, gpus, fit));
					break;
				}
			}
		}
		return new HardwareFitVerdict(claim, node, needs);
	}

	/**
	 * The engine's payback for the capex up front and a constant bill and opex from month
	 * 1: the one call to it.
	 */
	private static Payback paybackMonth(Currency currency, double capex, double annualBill, double opexPerYear) {
		int months = PAYBACK_HORIZON_MONTHS + 1;
		double[] capital = new double[months];
		double[] runningCost = new double[months];
		double[] avoidedBill = new double[months];
		capital[0] = capex;
		Arrays.fill(runningCost, 1, months, opexPerYear / 12);
		Arrays.fill(avoidedBill, 1, months, annualBill / 12);
		return Formulas.paybackMonth(currency, capital, runningCost, avoidedBill, 0);
	}

	/** The engine's memory check of the model on GPUs alone: the one call to it. */
	private static MemoryFit memoryFit(HardwareFitClaim claim, Gpu gpu, int gpus) {
		return Formulas.memoryFit(claim.model(), claim.precision(), gpu, gpus, claim.concurrency(),
				claim.tokensPerSequence());
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
