package com.breakeven.tco;

import java.util.Locale;

/**
 * Whether a model and its KV cache fit in a node's GPU memory. All figures in GB (10^9
 * bytes).
 *
 * @param weightsGb model weights at the chosen precision
 * @param kvCacheGb KV cache for the concurrent sequences
 * @param runtimeOverheadGb memory the runtime keeps for itself (CUDA context,
 * activations, fragmentation)
 * @param availableGb GPU memory of the node
 */
public record MemoryFit(double weightsGb, double kvCacheGb, double runtimeOverheadGb, double availableGb) {

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
	 * @return "FITS: ..." or "DOES NOT FIT: ..." with the numbers
	 */
	public String describe() {
		return String.format(Locale.ROOT,
				"%s: weights %.1f GB + KV cache %.1f GB + runtime overhead %.1f GB = %.1f GB %s %.1f GB of GPU memory%s",
				fits() ? "FITS" : "DOES NOT FIT", this.weightsGb, this.kvCacheGb, this.runtimeOverheadGb, requiredGb(),
				fits() ? "<=" : ">", this.availableGb,
				fits() ? "" : String.format(Locale.ROOT, " (short by %.1f GB)", shortfallGb()));
	}

}
