package com.breakeven.tco.capacity;

import com.breakeven.tco.MemoryFit;
import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.Node;
import com.breakeven.tco.Precision;
import com.breakeven.tco.Require;
import com.breakeven.tco.Units;

/**
 * Whether a model, with the KV cache of its concurrent sequences, fits in one node's GPU
 * memory.
 */
public final class MemoryFitCheck {

	/**
	 * Share of GPU memory the runtime keeps for itself: vLLM's default
	 * {@code gpu_memory_utilization} of 0.9 leaves 10 % for the CUDA context, activations
	 * and fragmentation.
	 */
	public static final double DEFAULT_RUNTIME_OVERHEAD_FRACTION = 0.10;

	private MemoryFitCheck() {
	}

	/**
	 * <pre>
	 * weights        = parameters (billions) × bytes per parameter                          GB
	 * KV per token   = 2 (K and V) × layers × KV heads × head dim × bytes per KV element     bytes
	 * KV cache       = KV per token × tokens per sequence × concurrent sequences ÷ 10^9      GB
	 * overhead       = node GPU memory × runtime overhead fraction                           GB
	 * fits           = weights + KV cache + overhead <= node GPU memory
	 * </pre> An offline measurement (concurrency 0) is checked for one sequence: its
	 * batch size is the engine's choice.
	 * @param model the model's architecture
	 * @param precision weight precision
	 * @param node the node
	 * @param concurrency concurrent sequences
	 * @param tokensPerSequence prompt + output tokens held per sequence
	 * @param kvBytesPerElement bytes per cached key or value element
	 * @param runtimeOverheadFraction share of GPU memory the runtime keeps, 0..1
	 * @return the figures and the verdict
	 */
	public static MemoryFit check(ModelSpec model, Precision precision, Node node, int concurrency,
			int tokensPerSequence, double kvBytesPerElement, double runtimeOverheadFraction) {
		Require.atLeast("concurrency", concurrency, 0);
		Require.atLeast("tokensPerSequence", tokensPerSequence, 0);
		Require.positive("kvBytesPerElement", kvBytesPerElement);
		Require.fractionBelowOne("runtimeOverheadFraction", runtimeOverheadFraction);
		double weightsGb = model.parametersBillions() * precision.bytesPerParameter();
		double kvBytesPerToken = 2.0 * model.layers() * model.kvHeads() * model.headDim() * kvBytesPerElement;
		double kvCacheGb = kvBytesPerToken * tokensPerSequence * Math.max(1, concurrency) / Units.BYTES_PER_GB;
		double availableGb = node.memoryGb();
		return new MemoryFit(weightsGb, kvCacheGb, availableGb * runtimeOverheadFraction, availableGb);
	}

}
