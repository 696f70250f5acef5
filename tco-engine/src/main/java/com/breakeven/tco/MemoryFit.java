package com.breakeven.tco;

import java.util.Locale;

/**
 * Whether one replica of a model, with the KV cache of its concurrent sequences, fits in
 * the GPU memory of the GPUs it runs on. All figures in GB (10^9 bytes).
 *
 * @param weightsGb model weights at the chosen precision (every replica holds them all)
 * @param kvCacheGb KV cache for the replica's concurrent sequences
 * @param runtimeOverheadGb memory the runtime keeps for itself on the replica's GPUs
 * (CUDA context, activations, fragmentation)
 * @param availableGb GPU memory of the replica's GPUs
 * @param gpus GPUs of one replica
 */
public record MemoryFit(double weightsGb, double kvCacheGb, double runtimeOverheadGb, double availableGb, int gpus) {

	public MemoryFit {
		Require.atLeast("gpus", gpus, 1);
	}

	/**
	 * @return weights + KV cache + runtime overhead
	 */
	public double requiredGb() {
		return this.weightsGb + this.kvCacheGb + this.runtimeOverheadGb;
	}

	/**
	 * @return whether what is required fits in what is available
	 */
	public boolean fits() {
		return requiredGb() <= this.availableGb;
	}

	/**
	 * @return GB missing, 0 when it fits
	 */
	public double shortfallGb() {
		return Math.max(0, requiredGb() - this.availableGb);
	}

	/**
	 * @return "FITS per replica of 2 GPUs: ..." or "DOES NOT FIT per replica of 2 GPUs:
	 * ..." with the numbers
	 */
	public String describe() {
		return String.format(Locale.ROOT,
				"%s per replica of %d GPU%s: weights %.1f GB + KV cache %.1f GB + runtime overhead %.1f GB = %.1f GB %s %.1f GB of GPU memory%s",
				fits() ? "FITS" : "DOES NOT FIT", this.gpus, (this.gpus == 1) ? "" : "s", this.weightsGb,
				this.kvCacheGb, this.runtimeOverheadGb, requiredGb(), fits() ? "<=" : ">", this.availableGb,
				fits() ? "" : String.format(Locale.ROOT, " (short by %.1f GB)", shortfallGb()));
	}

}
