package com.breakeven.simulator.projection;

import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;

/**
 * The numbers of one {@link ProjectionInputs} as plain values, taken once from the
 * validated records, for {@link ProjectionKernel}: what a simulation moves trial after
 * trial without building (and checking) a record per month. Mutable, so one instance
 * serves every trial of a thread: {@link #copyFrom} resets it to the base, each uncertain
 * input then sets its drawn value. A setter checks the drawn value against the range its
 * record would enforce (one comparison a trial) and refuses it with the same kind of
 * message; nothing is checked inside the months.
 * <p>
 * Multipliers ({@link #scaleVolume}, {@link #scaleThroughput}, {@link #scaleGpuPrice},
 * {@link #scaleEnergyPrice}, {@link #scaleStaffCost}) scale the value the parameters
 * hold; the other setters replace it.
 */
public final class ProjectionParameters {

	final int horizonMonths;

	/** Today's tokens by class, before any volume multiplier. */
	final double inputTokens;

	final double cachedInputTokens;

	final double outputTokens;

	final double cacheWriteTokens;

	/** Audio input and output tokens (classes of their own, priced apart). */
	final double audioTokens;

	/** Demand series (month 1, 2, …), or {@code null} for steady growth. */
	final double[] demandSeries;

	/** The current API's bill for today's tokens at today's prices. */
	final double currentApiBillToday;

	/** The cheapest adequate API's bill for today's tokens at today's prices. */
	final double cheapestApiBillToday;

	final boolean cheapestIsCurrent;

	final Node node;

	final Hosting hosting;

	final int lifeMonths;

	double volumeMultiplier;

	double peakToAverage;

	double growthPerMonth;

	double currentApiDeclinePerYear;

	double cheapestApiDeclinePerYear;

	double gpuUnitPrice;

	double outputTokensPerSecond;

	/** {@code NaN} when the measurement has no total rate. */
	double totalTokensPerSecond;

	double pricePerKwh;

	double pue;

	double staffLoadedCostPerYear;

	double targetUtilisation;

	double residualFraction;

	int leadTimeMonths;

	double powerPriceChangePerYear;

	/** {@code NaN} when rented GPUs are not offered. */
	double rentedGpuHourly;

	double ownShare;

	double annualDiscountRate;

	private ProjectionParameters(ProjectionInputs inputs) {
		Demand today = inputs.demand().today();
		OwnHardware own = inputs.own();
		this.horizonMonths = inputs.horizonMonths();
		this.inputTokens = today.monthlyInputTokens();
		this.cachedInputTokens = today.monthlyCachedInputTokens();
		this.outputTokens = today.monthlyOutputTokens();
		this.cacheWriteTokens = today.monthlyCacheWriteTokens();
		this.audioTokens = today.monthlyAudioTokens();
		this.demandSeries = inputs.demand().multipliers();
		this.currentApiBillToday = Formulas.apiMonthlyCost(inputs.currentApi().pricing(), today).total();
		this.cheapestApiBillToday = Formulas.apiMonthlyCost(inputs.cheapestApi().pricing(), today).total();
		this.cheapestIsCurrent = inputs.cheapestIsCurrent();
		this.node = own.node();
		this.hosting = own.hosting();
		this.lifeMonths = own.lifeMonths();
		this.volumeMultiplier = 1;
		this.peakToAverage = today.peakToAverage();
		this.growthPerMonth = inputs.demand().growthPerMonth();
		this.currentApiDeclinePerYear = inputs.currentApi().priceDeclinePerYear();
		this.cheapestApiDeclinePerYear = inputs.cheapestApi().priceDeclinePerYear();
		this.gpuUnitPrice = own.node().gpu().unitPrice();
		this.outputTokensPerSecond = own.measurement().outputTokensPerSecond();
		this.totalTokensPerSecond = Formulas.totalTokensPerSecond(own.measurement());
		this.pricePerKwh = own.hosting().pricePerKwh();
		this.pue = own.hosting().pue();
		this.staffLoadedCostPerYear = own.hosting().staffLoadedCostPerYear();
		this.targetUtilisation = own.targetUtilisation();
		this.residualFraction = own.residualFraction();
		this.leadTimeMonths = own.leadTimeMonths();
		this.powerPriceChangePerYear = own.powerPriceChangePerYear();
		this.rentedGpuHourly = own.rentedGpuHourly();
		this.ownShare = inputs.ownShare();
		this.annualDiscountRate = inputs.annualDiscountRate();
	}

	private ProjectionParameters(ProjectionParameters base) {
		this.horizonMonths = base.horizonMonths;
		this.inputTokens = base.inputTokens;
		this.cachedInputTokens = base.cachedInputTokens;
		this.outputTokens = base.outputTokens;
		this.cacheWriteTokens = base.cacheWriteTokens;
		this.audioTokens = base.audioTokens;
		this.demandSeries = base.demandSeries;
		this.currentApiBillToday = base.currentApiBillToday;
		this.cheapestApiBillToday = base.cheapestApiBillToday;
		this.cheapestIsCurrent = base.cheapestIsCurrent;
		this.node = base.node;
		this.hosting = base.hosting;
		this.lifeMonths = base.lifeMonths;
		copyFrom(base);
	}

	/**
	 * @param inputs validated records
	 * @return their numbers, nothing drawn yet
	 */
	public static ProjectionParameters of(ProjectionInputs inputs) {
		return new ProjectionParameters(inputs);
	}

	/** Another instance with the same values, for another thread or another trial. */
	public ProjectionParameters copy() {
		return new ProjectionParameters(this);
	}

	/**
	 * Every value a setter may change set back to {@code base}'s (the two come from the
	 * same inputs).
	 */
	public void copyFrom(ProjectionParameters base) {
		this.volumeMultiplier = base.volumeMultiplier;
		this.peakToAverage = base.peakToAverage;
		this.growthPerMonth = base.growthPerMonth;
		this.currentApiDeclinePerYear = base.currentApiDeclinePerYear;
		this.cheapestApiDeclinePerYear = base.cheapestApiDeclinePerYear;
		this.gpuUnitPrice = base.gpuUnitPrice;
		this.outputTokensPerSecond = base.outputTokensPerSecond;
		this.totalTokensPerSecond = base.totalTokensPerSecond;
		this.pricePerKwh = base.pricePerKwh;
		this.pue = base.pue;
		this.staffLoadedCostPerYear = base.staffLoadedCostPerYear;
		this.targetUtilisation = base.targetUtilisation;
		this.residualFraction = base.residualFraction;
		this.leadTimeMonths = base.leadTimeMonths;
		this.powerPriceChangePerYear = base.powerPriceChangePerYear;
		this.rentedGpuHourly = base.rentedGpuHourly;
		this.ownShare = base.ownShare;
		this.annualDiscountRate = base.annualDiscountRate;
	}

	/** Months projected. */
	public int horizonMonths() {
		return this.horizonMonths;
	}

	/** Today's volume × {@code factor} (every token class, the same mix), >= 0. */
	public void scaleVolume(double factor) {
		this.volumeMultiplier *= atLeastZero("volume factor", factor);
	}

	/** Compound demand growth per month, > −1. */
	public void growthPerMonth(double rate) {
		this.growthPerMonth = aboveMinusOne("growthPerMonth", rate);
	}

	/** Yearly price decline of the current API, in [0, 1). */
	public void currentApiDeclinePerYear(double decline) {
		this.currentApiDeclinePerYear = decline(decline);
	}

	/** Yearly price decline of the cheapest adequate API, in [0, 1). */
	public void cheapestApiDeclinePerYear(double decline) {
		this.cheapestApiDeclinePerYear = decline(decline);
	}

	/** Measured throughput × {@code factor}, > 0. */
	public void scaleThroughput(double factor) {
		if (!(factor > 0) || Double.isInfinite(factor)) {
			throw new IllegalArgumentException("throughput factor must be > 0, was " + factor);
		}
		this.outputTokensPerSecond *= factor;
		this.totalTokensPerSecond *= factor;
	}

	/** GPU price × {@code factor}, >= 0. */
	public void scaleGpuPrice(double factor) {
		this.gpuUnitPrice *= atLeastZero("GPU price factor", factor);
	}

	/** Yearly change of the electricity price, > −1. */
	public void powerPriceChangePerYear(double change) {
		this.powerPriceChangePerYear = aboveMinusOne("powerPriceChangePerYear", change);
	}

	/** Today's electricity price × {@code factor}, >= 0. */
	public void scaleEnergyPrice(double factor) {
		this.pricePerKwh *= atLeastZero("energy price factor", factor);
	}

	/** Power usage effectiveness, >= 1. */
	public void pue(double value) {
		this.pue = atLeastOne("pue", value);
	}

	/** Staff loaded cost × {@code factor}, >= 0. */
	public void scaleStaffCost(double factor) {
		this.staffLoadedCostPerYear *= atLeastZero("staff cost factor", factor);
	}

	/** Peak rate over average rate, >= 1. */
	public void peakToAverage(double ratio) {
		this.peakToAverage = atLeastOne("peakToAverage", ratio);
	}

	/** Peak utilisation nodes are sized for, in (0, 1]. */
	public void targetUtilisation(double utilisation) {
		if (!(utilisation > 0 && utilisation <= 1)) {
			throw new IllegalArgumentException("targetUtilisation must be in (0, 1], was " + utilisation);
		}
		this.targetUtilisation = utilisation;
	}

	/** Value of a node at the end of its life, a fraction of capex in [0, 1). */
	public void residualFraction(double fraction) {
		if (!(fraction >= 0 && fraction < 1)) {
			throw new IllegalArgumentException("residualFraction must be in [0, 1), was " + fraction);
		}
		this.residualFraction = fraction;
	}

	/** Months between ordering and first service, rounded to whole months, >= 0. */
	public void leadTimeMonths(double months) {
		long rounded = Math.round(months);
		if (rounded < 0 || rounded > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("leadTimeMonths must be >= 0, was " + months);
		}
		this.leadTimeMonths = (int) rounded;
	}

	/** Share of the traffic kept in-house in the hybrid strategy, in [0, 1]. */
	public void ownShare(double share) {
		if (!(share >= 0 && share <= 1)) {
			throw new IllegalArgumentException("ownShare must be in [0, 1], was " + share);
		}
		this.ownShare = share;
	}

	/** Price of a rented GPU per hour, >= 0 ({@code NaN}: not offered). */
	public void rentedGpuHourly(double price) {
		if (!Double.isNaN(price) && !(price >= 0)) {
			throw new IllegalArgumentException("rentedGpuHourly must be >= 0 (or NaN), was " + price);
		}
		this.rentedGpuHourly = price;
	}

	/** Cost of capital per year, > −1. */
	public void annualDiscountRate(double rate) {
		this.annualDiscountRate = aboveMinusOne("annualDiscountRate", rate);
	}

	private static double atLeastZero(String field, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(field + " must be >= 0, was " + value);
		}
		return value;
	}

	private static double atLeastOne(String field, double value) {
		if (!(value >= 1) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(field + " must be >= 1, was " + value);
		}
		return value;
	}

	private static double aboveMinusOne(String field, double value) {
		if (!(value > -1) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(field + " must be > -1, was " + value);
		}
		return value;
	}

	private static double decline(double value) {
		if (!(value >= 0 && value < 1)) {
			throw new IllegalArgumentException("priceDeclinePerYear must be in [0, 1), was " + value);
		}
		return value;
	}

}
