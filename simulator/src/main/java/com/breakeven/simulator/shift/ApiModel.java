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
 * @param seller the seller the price is from, or {@code null} when not stated
 */
public record ApiModel(String model, String family, ApiPricing pricing, int contextWindow, Double qualityScore,
		String seller) {

	/** An API model whose seller is not stated. */
	public ApiModel(String model, String family, ApiPricing pricing, int contextWindow, Double qualityScore) {
		this(model, family, pricing, contextWindow, qualityScore, null);
	}

	public ApiModel {
		if (model == null || family == null || pricing == null) {
			throw new IllegalArgumentException("an API model needs a name, a family and prices");
		}
	}

	/** "model at seller", or the model alone when the seller is not stated. */
	public String label() {
		return (this.seller != null) ? this.model + " at " + this.seller : this.model;
	}

	boolean meets(Workload workload) {
		return workload.acceptsModel(this.qualityScore, this.contextWindow);
	}

}
