package com.breakeven.tco;

import java.util.Locale;
import java.util.Optional;

/**
 * Numeric precision of model weights, with the storage each parameter needs.
 * <p>
 * Benchmark files and engines spell precisions many ways; {@link #parse} reads them all
 * into these constants, so that a measurement sizes a scenario only at the precision it
 * was run at.
 */
public enum Precision {

	/** IEEE half precision, 2 bytes a weight. */
	FP16(2),
	/** bfloat16, 2 bytes a weight. */
	BF16(2),
	/** 8-bit floating point (E4M3 or E5M2), 1 byte a weight. */
	FP8(1),
	/** 8-bit integer weights (SmoothQuant W8A8, llama.cpp Q8_0), 1 byte a weight. */
	INT8(1),
	/**
	 * 4-bit integer weights (AWQ, GPTQ, llama.cpp Q4_*, bitsandbytes NF4), half a byte a
	 * weight.
	 */
	INT4(0.5),
	/** 4-bit floating point (NVFP4, MXFP4), half a byte a weight. */
	FP4(0.5);

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
	 * FP8 and FP4 weights (engines pair them with an FP8 KV cache), two bytes (FP16)
	 * otherwise, since integer weight formats keep an FP16 cache.
	 * @return bytes per cached key or value element
	 */
	public double defaultKvCacheBytesPerElement() {
		return (this == FP8 || this == FP4) ? 1 : 2;
	}

	/**
	 * Reads a precision as benchmark files, engines and users write it. Case, spaces,
	 * hyphens and underscores are ignored; then:
	 * <ul>
	 * <li>FP16: {@code fp16}, {@code float16}, {@code f16}, {@code half}</li>
	 * <li>BF16: {@code bf16}, {@code bfloat16}</li>
	 * <li>FP8: {@code fp8…} and {@code float8…} ({@code FP8_E4M3}, {@code fp8-dynamic}),
	 * {@code e4m3}, {@code e5m2}, {@code w8a8fp8}</li>
	 * <li>INT8: {@code int8}, {@code w8a8}, {@code w8a16}, llama.cpp {@code Q8_0}</li>
	 * <li>INT4: {@code int4}, {@code w4a16}, {@code awq}, {@code gptq} (GPTQ and AWQ
	 * checkpoints are 4-bit unless named otherwise: {@code gptq-int8} reads as INT8),
	 * {@code nf4}, llama.cpp {@code Q4_*}</li>
	 * <li>FP4: {@code fp4}, {@code nvfp4}, {@code mxfp4}, {@code float4}</li>
	 * </ul>
	 * Other llama.cpp formats (Q2…Q6) have no constant here and are not read.
	 * @param text the precision as written, e.g. "FP8", "bfloat16", "Q4_K_M"
	 * @return the precision, or empty when the text names none of these
	 */
	public static Optional<Precision> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (key.isEmpty()) {
			return Optional.empty();
		}
		if (key.startsWith("gptq") || key.startsWith("awq")) {
			// the bit width, when the name carries one, decides ("gptq-int8")
			String rest = key.substring(key.startsWith("gptq") ? 4 : 3);
			return rest.isEmpty() ? Optional.of(INT4) : tryParse(rest);
		}
		return Optional.ofNullable(switch (key) {
			case "fp16", "float16", "f16", "half" -> FP16;
			case "bf16", "bfloat16" -> BF16;
			case "e4m3", "e5m2", "w8a8fp8" -> FP8;
			case "int8", "w8a8", "w8a16", "w8a8int8", "q80", "q8", "8bit" -> INT8;
			case "int4", "w4a16", "nf4", "q4", "4bit" -> INT4;
			case "fp4", "nvfp4", "mxfp4", "float4" -> FP4;
			default -> byPrefix(key);
		});
	}

	/**
	 * {@link #tryParse}, for text that must name a precision (a form, an option).
	 * @param text the precision as written
	 * @return the precision
	 * @throws IllegalArgumentException naming the field {@code precision} when the text
	 * names none
	 */
	public static Precision parse(String text) {
		return tryParse(text).orElseThrow(() -> new IllegalArgumentException("precision must be one of FP16, BF16,"
				+ " FP8, INT8, INT4, FP4 (or a spelling such as bfloat16, float8, AWQ, GPTQ, Q4_K_M), was " + text));
	}

	private static Precision byPrefix(String key) {
		if (key.startsWith("fp8") || key.startsWith("float8")) {
			return FP8;
		}
		if (key.startsWith("q4")) {
			// llama.cpp Q4_0, Q4_K_M, Q4_K_S
			return INT4;
		}
		if (key.startsWith("q8")) {
			return INT8;
		}
		return null;
	}

}
