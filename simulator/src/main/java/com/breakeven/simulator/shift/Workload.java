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
 * @param quality what "good enough" means for it: benchmark, category, its current
 * model's score, the floor if one is given (judged by {@link Adequacy})
 * @param contextTokens the longest prompt it sends
 * @param slo its latency limits, {@link LatencySlo#NONE} for none
 * @param currentSeller the seller it buys from today, or {@code null} when unknown
 * @param currentPricing what it pays today (at that seller, with its terms and batch
 * share), or {@code null} to take the current model's price among the API models
 * @param unpricedReason why its seller's price cannot bill it, in the price rule's words
 * ("audio input tokens not priced at openrouter"), or {@code null}
 */
public record Workload(String name, String currentModel, Demand demand, DataSensitivity sensitivity,
		Adequacy.Standard quality, int contextTokens, LatencySlo slo, String currentSeller, ApiPricing currentPricing,
		String unpricedReason) {

	/** A workload whose price, when missing, is missing for no stated reason. */
	public Workload(String name, String currentModel, Demand demand, DataSensitivity sensitivity,
			Adequacy.Standard quality, int contextTokens, LatencySlo slo, String currentSeller,
			ApiPricing currentPricing) {
		this(name, currentModel, demand, sensitivity, quality, contextTokens, slo, currentSeller, currentPricing, null);
	}

	/** A workload priced at its current model's price among the API models. */
	public Workload(String name, String currentModel, Demand demand, DataSensitivity sensitivity,
			Adequacy.Standard quality, int contextTokens, LatencySlo slo) {
		this(name, currentModel, demand, sensitivity, quality, contextTokens, slo, null, null);
	}

	public Workload {
		if (name == null || currentModel == null || demand == null || sensitivity == null || quality == null
				|| slo == null) {
			throw new IllegalArgumentException(
					"a workload needs a name, its current model, demand, sensitivity, quality standard and SLO");
		}
		if (contextTokens < 0) {
			throw new IllegalArgumentException("contextTokens must be >= 0, was " + contextTokens);
		}
	}

	/** Whether a model with this context window has room for its longest prompt. */
	boolean fits(int contextWindow) {
		return contextWindow >= this.contextTokens;
	}

}
