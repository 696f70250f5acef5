package com.breakeven.ingestion.throughput;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles computed the way vLLM's benchmark computes them, so that probed,
 * imported and derived figures compare like with like.
 */
public final class Percentiles {

	private Percentiles() {
	}

	/**
	 * Linear interpolation between closest ranks (numpy's default {@code np.percentile}):
	 * rank = percent ÷ 100 × (n − 1), then the value between the two nearest sorted
	 * values.
	 * @param values the sample, in any order
	 * @param percent 0 to 100
	 * @return the percentile, {@code NaN} for no values
	 */
	public static double linear(List<Double> values, double percent) {
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
		}
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		double rank = (percent / 100) * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
	}

}
