package com.breakeven.tco;

import java.util.Locale;

/**
 * Whether one replica of a model, with the KV cache of its concurrent sequences, fits in
 * the memory of the devices it runs on. All figures in GB (10^9 bytes).
 *
 * @param weightsGb model weights at the chosen precision (every replica holds them all)
 * @param kvCacheGb KV cache for the replica's concurrent sequences
 * @param runtimeOverheadGb memory the model may not use on the replica's devices (CUDA
 * context, activations and fragmentation on a GPU; what macOS keeps from the GPU of a
 * unified-memory chip; the operating system's share on a CPU)
 * @param availableGb memory of the replica's devices
 * @param gpus devices of one replica
 * @param kind what kind of device, for the words of {@link #describe}
 */
public record MemoryFit(double weightsGb, double kvCacheGb, double runtimeOverheadGb, double availableGb, int gpus,
		DeviceKind kind) {

	public MemoryFit {
		Require.atLeast("gpus", gpus, 1);
		Require.notNull("kind", kind);
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
	 * @return "FITS per replica of 2 GPUs: ..." or "DOES NOT FIT per replica of 1 chip:
	 * ..." with the numbers, in the device's words
	 */
	public String describe() {
		return String.format(Locale.ROOT,
				"%s per replica of %d %s%s: weights %.1f GB + KV cache %.1f GB + runtime overhead %.1f GB = %.1f GB %s %.1f GB of %s%s",
				fits() ? "FITS" : "DOES NOT FIT", this.gpus, this.kind.noun(), (this.gpus == 1) ? "" : "s",
				this.weightsGb, this.kvCacheGb, this.runtimeOverheadGb, requiredGb(), fits() ? "<=" : ">",
				this.availableGb, this.kind.memoryNoun(),
				fits() ? "" : String.format(Locale.ROOT, " (short by %.1f GB)", shortfallGb()));
	}

}
