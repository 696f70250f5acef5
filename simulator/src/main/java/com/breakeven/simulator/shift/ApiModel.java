package com.breakeven.simulator.shift;

import com.breakeven.tco.ApiPricing;

/**
 * An API model a workload could run on.
 *
 * @param model canonical name ("openai/gpt-4o")
 * @param family model family, to judge how risky a switch is ("gpt-4o", "claude-sonnet")
 * @param pricing its prices
 * @param contextWindow its longest context, tokens
 * @param quality its score on the workload's benchmark and category, with its evidence,
 * or {@code null} when it has none (never assumed adequate: not judged)
 * @param seller the seller the price is from, or {@code null} when not stated
 */
public record ApiModel(String model, String family, ApiPricing pricing, int contextWindow, Adequacy.Score quality,
		String seller) {

	/** An API model whose seller is not stated. */
	public ApiModel(String model, String family, ApiPricing pricing, int contextWindow, Adequacy.Score quality) {
		this(model, family, pricing, contextWindow, quality, null);
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

	/** Its verdict for the workload, by {@link Adequacy}. */
	Adequacy.Verdict judgedFor(Workload workload) {
		return Adequacy.judge(workload.quality(), this.model, this.quality);
	}

}
