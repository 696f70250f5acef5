package com.breakeven.simulator.claims;

import java.util.Objects;

import com.breakeven.tco.Gpu;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Require;

/**
 * A claim that a model runs on a node of a stated price: "Llama 3.1 405B runs on an
 * $8,000 inference node". Money in the currency of the GPUs' prices.
 *
 * @param model the model's architecture
 * @param precision the weights' precision (the KV cache at its default element size)
 * @param claimedNodePrice what the node is said to cost
 * @param nodeGpu the node's GPU, or {@code null} when the claim names none: then the
 * catalogued GPU with the most memory per unit of price, as many as the price buys (the
 * most memory the price can buy, before any server around it)
 * @param nodeGpus GPUs in the node, at least 1 with {@code nodeGpu}, 0 without
 * @param concurrency sequences served at once, at least 1
 * @param tokensPerSequence prompt + output tokens held per sequence
 */
public record HardwareFitClaim(ModelSpec model, Precision precision, double claimedNodePrice, Gpu nodeGpu, int nodeGpus,
		int concurrency, int tokensPerSequence) {

	public HardwareFitClaim {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(precision, "precision");
		Require.positive("claimedNodePrice", claimedNodePrice);
		Require.atLeast("nodeGpus", nodeGpus, (nodeGpu != null) ? 1 : 0);
		if (nodeGpu == null && nodeGpus != 0) {
			throw new IllegalArgumentException("nodeGpus must be 0 when no nodeGpu is named, was " + nodeGpus);
		}
		Require.atLeast("concurrency", concurrency, 1);
		Require.atLeast("tokensPerSequence", tokensPerSequence, 1);
	}

}
