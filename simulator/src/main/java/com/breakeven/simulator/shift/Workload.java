package com.breakeven.simulator.shift;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.LatencySlo;

/**
 * A slice of real usage (by model, project or team) that could move as one.
 *
 * @param name what it is ("support-bot", "team:legal")
 * @param currentModel the API model it runs on today
 * @param demand its monthly tokens
 * @param sensitivity its data class
 * @param qualityFloor the lowest quality score acceptable, on the scale of the scores
 * given to the advisor
 * @param contextTokens the longest prompt it sends
 * @param slo its latency limits, {@link LatencySlo#NONE} for none
 * @param currentSeller the seller it buys from today, or {@code null} when unknown
 * @param currentPricing what it pays today (at that seller, with its terms and batch
 * share), or {@code null} to take the current model's price among the API models
 */
public record Workload(String name, String currentModel, Demand demand, DataSensitivity sensitivity,
		double qualityFloor, int contextTokens, LatencySlo slo, String currentSeller, ApiPricing currentPricing) {

	/** A workload priced at its current model's price among the API models. */
	public Workload(String name, String currentModel, Demand demand, DataSensitivity sensitivity, double qualityFloor,
			int contextTokens, LatencySlo slo) {
		this(name, currentModel, demand, sensitivity, qualityFloor, contextTokens, slo, null, null);
	}

	public Workload {
		if (name == null || currentModel == null || demand == null || sensitivity == null || slo == null) {
			throw new IllegalArgumentException(
					"a workload needs a name, its current model, demand, sensitivity and SLO");
		}
		if (contextTokens < 0) {
			throw new IllegalArgumentException("contextTokens must be >= 0, was " + contextTokens);
		}
	}

	/**
	 * Whether a model with this score and context window may serve the workload: a score
	 * at or above the floor (an unknown score never is) and room for its longest prompt.
	 */
	boolean acceptsModel(Double qualityScore, int contextWindow) {
		return qualityScore != null && qualityScore >= this.qualityFloor && contextWindow >= this.contextTokens;
	}

}
