package com.breakeven.pricing.feed;

import java.math.BigDecimal;

/**
 * Amounts per million tokens for one context tier; {@code null} where the seller has no
 * such price.
 *
 * @param contextAboveTokens 0 for the base tier; otherwise the tier bills whole requests
 * with longer prompts
 * @param input uncached input
 * @param cachedInput cache-read input
 * @param cacheWrite cache-write input
 * @param output output
 * @param batchInput input through the batch API
 * @param batchOutput output through the batch API
 * @param inputAudio audio input tokens
 * @param outputAudio audio output tokens
 */
public record TierPrice(int contextAboveTokens, BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite,
		BigDecimal output, BigDecimal batchInput, BigDecimal batchOutput, BigDecimal inputAudio,
		BigDecimal outputAudio) {

	/** A tier without audio prices. */
	public TierPrice(int contextAboveTokens, BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite,
			BigDecimal output, BigDecimal batchInput, BigDecimal batchOutput) {
		this(contextAboveTokens, input, cachedInput, cacheWrite, output, batchInput, batchOutput, null, null);
	}

}
