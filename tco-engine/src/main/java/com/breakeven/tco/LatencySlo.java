package com.breakeven.tco;

/**
 * The latency a workload needs at the 99th percentile; {@code Double.POSITIVE_INFINITY}
 * means no limit.
 *
 * @param maxTtftP99Ms longest acceptable time to first token, ms, p99
 * @param maxItlP99Ms longest acceptable inter-token latency, ms, p99
 */
public record LatencySlo(double maxTtftP99Ms, double maxItlP99Ms) {

	/** No latency requirement. */
	public static final LatencySlo NONE = new LatencySlo(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

	public LatencySlo {
		if (!(maxTtftP99Ms > 0)) {
			throw new IllegalArgumentException("maxTtftP99Ms must be > 0, was " + maxTtftP99Ms);
		}
		if (!(maxItlP99Ms > 0)) {
			throw new IllegalArgumentException("maxItlP99Ms must be > 0, was " + maxItlP99Ms);
		}
	}

	/**
	 * @return whether any limit is set
	 */
	public boolean constrains() {
		return !Double.isInfinite(this.maxTtftP99Ms) || !Double.isInfinite(this.maxItlP99Ms);
	}

}
