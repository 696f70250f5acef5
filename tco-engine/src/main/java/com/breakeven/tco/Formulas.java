package com.breakeven.tco;

import java.util.Currency;

import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.breakeven.BreakEvenVolume;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.capacity.MemoryFitCheck;
import com.breakeven.tco.finance.Discounting;
import com.breakeven.tco.finance.InternalRateOfReturn;
import com.breakeven.tco.finance.PaybackPeriod;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/**
 * The engine's formulas on their own, for callers that compose months themselves (the
 * simulator's projections): the same functions {@link TcoEngine#evaluate} uses, so a
 * projected month and an evaluated month agree to the cent, and every measure (payback,
 * NPV, IRR, break-even, monthly rate) has one definition. Each method names the one
 * implementation it calls.
 */
public final class Formulas {

	private Formulas() {
	}

	/** A month on an API: see {@link ApiCost#monthlyCost}. */
	public static ApiMonthlyCost apiMonthlyCost(ApiPricing pricing, Demand demand) {
		return ApiCost.monthlyCost(pricing, demand);
	}

	/** Whole nodes for a month's peak: see {@link CapacityPlanner#nodesRequired}. */
	public static Capacity nodesRequired(Demand demand, ThroughputMeasurement measurement, double targetUtilisation) {
		return CapacityPlanner.nodesRequired(demand, measurement, targetUtilisation);
	}

	/**
	 * Utilisation of {@code nodes} nodes serving a month's demand, at most 1: see
	 * {@link CapacityPlanner#utilisationPerToken}.
	 */
	public static double utilisation(Demand demand, ThroughputMeasurement measurement, int nodes) {
		return utilisation(CapacityPlanner.utilisationPerToken(demand, measurement), demand.monthlyTotalTokens(),
				nodes);
	}

	/**
	 * Utilisation of {@code nodes} nodes serving a month's tokens, at most 1: min(1,
	 * utilisation per token × monthly tokens ÷ nodes).
	 * @param utilisationPerToken of the month's mix, from
	 * {@link #utilisationPerToken(double, double, double, double)}
	 */
	public static double utilisation(double utilisationPerToken, double monthlyTotalTokens, int nodes) {
		return Math.min(1, utilisationPerToken * monthlyTotalTokens / nodes);
	}

	/**
	 * Whole nodes for a month's peak, on plain numbers already validated (the simulator's
	 * trials): see
	 * {@link CapacityPlanner#nodesRequired(double, double, double, double, double, double)}.
	 * @param totalTokensPerSecond {@code NaN} when the measurement has none
	 */
	public static int nodesRequired(double monthlyOutputTokens, double monthlyTotalTokens, double peakToAverage,
			double outputTokensPerSecond, double totalTokensPerSecond, double targetUtilisation) {
		return CapacityPlanner.nodesRequired(monthlyOutputTokens, monthlyTotalTokens, peakToAverage,
				outputTokensPerSecond, totalTokensPerSecond, targetUtilisation);
	}

	/**
	 * Utilisation one token a month adds to one node, on plain numbers: see
	 * {@link CapacityPlanner#utilisationPerToken(double, double, double, double)}.
	 */
	public static double utilisationPerToken(double monthlyOutputTokens, double monthlyTotalTokens,
			double outputTokensPerSecond, double totalTokensPerSecond) {
		return CapacityPlanner.utilisationPerToken(monthlyOutputTokens, monthlyTotalTokens, outputTokensPerSecond,
				totalTokensPerSecond);
	}

	/** A measurement's prompt + output rate, {@code NaN} when it has none. */
	public static double totalTokensPerSecond(ThroughputMeasurement measurement) {
		return CapacityPlanner.totalRate(measurement);
	}

	/**
	 * Electricity for a month: see
	 * {@link SelfHostedCost#powerCost(double, double, double)}.
	 */
	public static double powerCost(double itWatts, double pue, double pricePerKwh) {
		return SelfHostedCost.powerCost(itWatts, pue, pricePerKwh);
	}

	/**
	 * Space and provisioned power for a month: see {@link SelfHostedCost#colocationCost}.
	 */
	public static double colocationCost(int nodes, double nodePeakWatts, Hosting hosting) {
		return SelfHostedCost.colocationCost(nodes, nodePeakWatts, hosting);
	}

	/**
	 * Operations staff for a month, on plain numbers: see
	 * {@link SelfHostedCost#staffCost(int, double, double)}.
	 */
	public static double staffCost(int nodes, double staffFtePerNode, double staffLoadedCostPerYear) {
		return SelfHostedCost.staffCost(nodes, staffFtePerNode, staffLoadedCostPerYear);
	}

	/** Support contracts for a month: see {@link SelfHostedCost#supportCost}. */
	public static double supportCost(double capex, double supportFractionOfCapexPerYear) {
		return SelfHostedCost.supportCost(capex, supportFractionOfCapexPerYear);
	}

	/** Software licences for a month: see {@link SelfHostedCost#softwareCost}. */
	public static double softwareCost(int nodes, double softwarePerNodePerYear) {
		return SelfHostedCost.softwareCost(nodes, softwarePerNodePerYear);
	}

	/**
	 * Rented GPUs for a month, on plain numbers: see
	 * {@link SelfHostedCost#rentalCost(int, int, double)}.
	 */
	public static double rentalCost(int nodes, int gpusPerNode, double gpuHourly) {
		return SelfHostedCost.rentalCost(nodes, gpusPerNode, gpuHourly);
	}

	/** A month of nodes on own GPUs: see {@link SelfHostedCost#monthlyCost}. */
	public static SelfHostedMonthlyCost selfHostedMonthlyCost(Node node, int nodes, double utilisation, Hosting hosting,
			Finance finance) {
		return SelfHostedCost.monthlyCost(node, nodes, utilisation, hosting, finance);
	}

	/**
	 * A blended API price per million tokens of a mix, after discounts: see
	 * {@link ApiCost#blendedPricePerToken}.
	 */
	public static double apiPricePerMillionTokens(ApiPricing pricing, Demand mix) {
		return ApiCost.blendedPricePerToken(pricing, mix) * Units.TOKENS_PER_MILLION;
	}

	/** Rented GPUs for a month: see {@link SelfHostedCost#rentalCost}. */
	public static double rentalCost(Node node, int nodes, double gpuHourly) {
		return SelfHostedCost.rentalCost(node, nodes, gpuHourly);
	}

	/** Operations staff for a month: see {@link SelfHostedCost#staffCost}. */
	public static double staffCost(int nodes, Hosting hosting) {
		return SelfHostedCost.staffCost(nodes, hosting);
	}

	/** The monthly rate of an annual one: see {@link Discounting#monthlyRate}. */
	public static double monthlyRate(double annualRate) {
		return Discounting.monthlyRate(annualRate);
	}

	/** Net present value of monthly flows: see {@link Discounting#npv}. */
	public static double npv(double monthlyRate, double[] flows) {
		return Discounting.npv(monthlyRate, flows);
	}

	/** Internal rate of return of monthly flows: see {@link InternalRateOfReturn#irr}. */
	public static Irr irr(double[] flows) {
		return InternalRateOfReturn.irr(flows);
	}

	/**
	 * Payback of a move against staying on the current API: see
	 * {@link PaybackPeriod#paybackMonth}.
	 */
	public static Payback paybackMonth(Currency currency, double[] capital, double[] runningCost, double[] avoidedBill,
			int leadTimeMonths) {
		return PaybackPeriod.paybackMonth(currency, capital, runningCost, avoidedBill, leadTimeMonths);
	}

	/**
	 * The payback month alone, without its reasons (many trials): see
	 * {@link PaybackPeriod#month}.
	 * @return the month, 0 when it never pays back
	 */
	public static int paybackMonth(double[] capital, double[] runningCost, double[] avoidedBill) {
		return PaybackPeriod.month(capital, runningCost, avoidedBill);
	}

	/**
	 * The volume from which own GPUs stay no dearer than a blended API price: see
	 * {@link BreakEvenVolume#monthlyVolume(double, Demand, Node, ThroughputMeasurement, double, Hosting, Finance)}.
	 */
	public static BreakEven breakEvenVolume(double apiPricePerMillionTokens, Demand mix, Node node,
			ThroughputMeasurement measurement, double targetUtilisation, Hosting hosting, Finance finance) {
		return BreakEvenVolume.monthlyVolume(apiPricePerMillionTokens, mix, node, measurement, targetUtilisation,
				hosting, finance);
	}

	/**
	 * The volume from which rented GPUs stay no dearer than a blended API price: see
	 * {@link BreakEvenVolume#rentedMonthlyVolume}.
	 */
	public static BreakEven rentedBreakEvenVolume(double apiPricePerMillionTokens, Demand mix, Node node,
			ThroughputMeasurement measurement, double targetUtilisation, double gpuHourly, Hosting hosting,
			Currency currency) {
		return BreakEvenVolume.rentedMonthlyVolume(apiPricePerMillionTokens, mix, node, measurement, targetUtilisation,
				gpuHourly, hosting, currency);
	}

	/**
	 * Whether a model fits {@code gpus} of a device serving {@code concurrentSequences}
	 * at once, with the precision's default KV cache and the device kind's reserved share
	 * of memory: see {@link MemoryFitCheck#check} and
	 * {@link MemoryFitCheck#reservedFraction}.
	 */
	public static MemoryFit memoryFit(ModelSpec model, Precision precision, Gpu gpu, int gpus, int concurrentSequences,
			int tokensPerSequence) {
		return MemoryFitCheck.check(model, precision, gpu, gpus, concurrentSequences, tokensPerSequence,
				precision.defaultKvCacheBytesPerElement(), MemoryFitCheck.reservedFraction(gpu));
	}

}
