package com.breakeven.simulator.montecarlo;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.breakeven.simulator.projection.Strategy;

/**
 * What many trials say: per strategy, the spread of its net present value against the
 * current API, of its payback month and of its total cost; the chance it pays back within
 * the horizon; histogram data of the NPV.
 *
 * @param trials trials run
 * @param seed the seed that reproduces them
 * @param horizonMonths months each trial projected
 * @param npv each trial's NPV against the current API, per strategy
 * @param paybackMonth each trial's payback month, {@link #NEVER} when it did not pay back
 * @param totalCost each trial's total cost over the horizon, per strategy
 * @param currentApiTotalCost each trial's total cost of staying on the current API
 */
public record MonteCarloResult(int trials, long seed, int horizonMonths, Map<Strategy, double[]> npv,
		Map<Strategy, int[]> paybackMonth, Map<Strategy, double[]> totalCost, double[] currentApiTotalCost) {

	/** Payback month of a trial that did not pay back within the horizon. */
	public static final int NEVER = Integer.MAX_VALUE;

	public MonteCarloResult {
		npv = Collections.unmodifiableMap(new EnumMap<>(npv));
		paybackMonth = Collections.unmodifiableMap(new EnumMap<>(paybackMonth));
		totalCost = Collections.unmodifiableMap(new EnumMap<>(totalCost));
	}

	public Set<Strategy> strategies() {
		return this.npv.keySet();
	}

	/** P10, P50 and P90 of a strategy's NPV against the current API. */
	public Percentiles npvPercentiles(Strategy strategy) {
		return Percentiles.of(this.npv.get(strategy));
	}

	/** P10, P50 and P90 of a strategy's total cost. */
	public Percentiles totalCostPercentiles(Strategy strategy) {
		return Percentiles.of(this.totalCost.get(strategy));
	}

	/**
	 * P10, P50 and P90 of the payback month; a percentile that falls on trials that never
	 * paid back is {@link #NEVER}.
	 */
	public Percentiles paybackPercentiles(Strategy strategy) {
		return Percentiles.of(Arrays.stream(this.paybackMonth.get(strategy)).asDoubleStream().toArray());
	}

	/** Share of trials in which the strategy paid back within the horizon. */
	public double probabilityOfPayback(Strategy strategy) {
		int[] months = this.paybackMonth.get(strategy);
		return (double) Arrays.stream(months).filter(month -> month != NEVER).count() / months.length;
	}

	/**
	 * The NPV's histogram over {@code bins} equal bins between the lowest and highest
	 * trial.
	 */
	public Histogram npvHistogram(Strategy strategy, int bins) {
		return Histogram.of(this.npv.get(strategy), bins);
	}

	/**
	 * The 10th, 50th and 90th percentiles (linear interpolation between closest ranks).
	 *
	 * @param p10 10th percentile
	 * @param p50 median
	 * @param p90 90th percentile
	 */
	public record Percentiles(double p10, double p50, double p90) {

		static Percentiles of(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return new Percentiles(at(sorted, 0.1), at(sorted, 0.5), at(sorted, 0.9));
		}

		private static double at(double[] sorted, double p) {
			double rank = p * (sorted.length - 1);
			int below = (int) Math.floor(rank);
			int above = Math.min(below + 1, sorted.length - 1);
			if (sorted[above] == NEVER || sorted[below] == NEVER) {
				return (rank - below < 1e-12) ? sorted[below] : NEVER;
			}
			return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
		}

	}

	/**
	 * Counts of values per bin; bin {@code i} covers [lower + i × width, lower + (i + 1)
	 * × width), the last bin closed.
	 *
	 * @param lower lower edge of the first bin
	 * @param width width of every bin
	 * @param counts values per bin
	 */
	public record Histogram(double lower, double width, int[] counts) {

		static Histogram of(double[] values, int bins) {
			double min = Arrays.stream(values).min().orElse(0);
			double max = Arrays.stream(values).max().orElse(0);
			double width = (max > min) ? (max - min) / bins : 1;
			int[] counts = new int[bins];
			for (double value : values) {
				counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
			}
			return new Histogram(min, width, counts);
		}

	}

}
