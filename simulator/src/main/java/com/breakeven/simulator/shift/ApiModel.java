package com.breakeven.simulator.shift;

import com.breakeven.tco.ApiPricing;

/**
 * An API model a workload could run on.
 *
 * @param model canonical name ("openai/gpt-4o")
 * @param family model family, to judge how risky a switch is ("gpt-4o", "claude-sonnet")
 * @param pricing its prices
 * @param contextWindow its longest context, tokens
 * @param qualityScore its score on the quality scale in use, or {@code null} when unknown
 * (never assumed to meet a floor)
 */
public record ApiModel(String model, String family, ApiPricing pricing, int contextWindow, Double qualityScore) {

	public ApiModel {
		if (model == null || family == null || pricing == null) {
			throw new IllegalArgumentException("an API model needs a name, a family and prices");
		}
	}

	boolean meets(Workload workload) {
		return workload.acceptsModel(this.qualityScore, this.contextWindow);
	}

}
