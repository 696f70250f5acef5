package com.breakeven.tco;

/** Numeric precision of model weights, with the storage each parameter needs. */
public enum Precision {

	FP16(2), BF16(2), FP8(1), INT8(1), INT4(0.5);

	private final double bytesPerParameter;

	Precision(double bytesPerParameter) {
		this.bytesPerParameter = bytesPerParameter;
	}

	/**
	 * @return bytes per weight
	 */
	public double bytesPerParameter() {
		return this.bytesPerParameter;
	}

	/**
	 * The KV-cache element size engines use by default with these weights: one byte for
	 * FP8 (FP8 KV cache), two bytes (FP16) otherwise, since integer weight formats keep
	 * an FP16 cache.
	 * @return bytes per cached key or value element
	 */
	public double defaultKvCacheBytesPerElement() {
		return (this == FP8) ? 1 : 2;
	}

}
