package com.breakeven.tco;

/**
 * A workload's monthly token volume by class, and how peaky it is. Each token class is
 * counted once: input excludes cached input.
 *
 * @param monthlyInputTokens uncached input tokens per month
 * @param monthlyCachedInputTokens cache-read input tokens per month
 * @param monthlyOutputTokens output tokens per month
 * @param peakToAverage peak throughput ÷ average throughput, at least 1 (2.5 = the
 * busiest hour runs at 2.5 × the monthly average rate)
 */
public record Demand(double monthlyInputTokens, double monthlyCachedInputTokens, double monthlyOutputTokens,
		double peakToAverage) {

	public Demand {
		Require.nonNegative("monthlyInputTokens", monthlyInputTokens);
		Require.nonNegative("monthlyCachedInputTokens", monthlyCachedInputTokens);
		Require.nonNegative("monthlyOutputTokens", monthlyOutputTokens);
		if (!(peakToAverage >= 1) || Double.isInfinite(peakToAverage)) {
			throw new IllegalArgumentException("peakToAverage must be >= 1, was " + peakToAverage);
		}
	}

	/**
	 * @return input + cached input + output tokens per month
	 */
	public double monthlyTotalTokens() {
		return this.monthlyInputTokens + this.monthlyCachedInputTokens + this.monthlyOutputTokens;
	}

	/**
	 * The same mix of token classes at another total volume.
	 * @param monthlyTotalTokens the new total per month
	 * @return the scaled demand, same peak-to-average ratio
	 */
	public Demand scaledTo(double monthlyTotalTokens) {
		Require.nonNegative("monthlyTotalTokens", monthlyTotalTokens);
		double total = monthlyTotalTokens();
		if (total == 0) {
			throw new IllegalStateException("a demand of zero tokens has no mix to scale");
		}
		double factor = monthlyTotalTokens / total;
		return new Demand(this.monthlyInputTokens * factor, this.monthlyCachedInputTokens * factor,
				this.monthlyOutputTokens * factor, this.peakToAverage);
	}

}
