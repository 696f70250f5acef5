package com.breakeven.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One version of a model's price at one seller, valid from {@code effectiveFrom}
 * (inclusive) to {@code effectiveTo} (exclusive, {@code null} while current). Every
 * amount is in {@code currency} <strong>per million tokens</strong> (per request for
 * {@code perRequest}); {@code null} means the seller does not offer that kind of token.
 *
 * @param id database id, {@code null} before it is stored
 * @param modelId the canonical model
 * @param providerId who sells it at this price
 * @param region seller region, {@code global} when the price is not regional
 * @param contextAboveTokens 0 for the base tier; otherwise this tier bills whole requests
 * whose prompt is longer
 * @param currency ISO-4217 currency of every amount
 * @param inputPerMtok uncached input tokens
 * @param cachedInputPerMtok cache-read input tokens
 * @param cacheWritePerMtok cache-write input tokens
 * @param outputPerMtok output tokens
 * @param batchInputPerMtok input tokens through the batch API
 * @param batchOutputPerMtok output tokens through the batch API
 * @param perRequest flat amount per request
 * @param effectiveFrom first day this price applies
 * @param effectiveTo first day it no longer applies, or {@code null}
 * @param source feed or list it came from ({@code litellm}, {@code openrouter},
 * {@code manual})
 * @param sourceRef file or URL within that source
 * @param dynamic whether the seller prices it dynamically (no amounts: "unpriced", never
 * negative or zero)
 * @param inputAudioPerMtok audio input tokens (a class of their own, never billed as
 * text)
 * @param outputAudioPerMtok audio output tokens
 */
public record Price(Long id, long modelId, long providerId, String region, int contextAboveTokens, Currency currency,
		BigDecimal inputPerMtok, BigDecimal cachedInputPerMtok, BigDecimal cacheWritePerMtok, BigDecimal outputPerMtok,
		BigDecimal batchInputPerMtok, BigDecimal batchOutputPerMtok, BigDecimal perRequest, LocalDate effectiveFrom,
		LocalDate effectiveTo, String source, String sourceRef, boolean dynamic, BigDecimal inputAudioPerMtok,
		BigDecimal outputAudioPerMtok) {

	/** A price without audio prices. */
	public Price(Long id, long modelId, long providerId, String region, int contextAboveTokens, Currency currency,
			BigDecimal inputPerMtok, BigDecimal cachedInputPerMtok, BigDecimal cacheWritePerMtok,
			BigDecimal outputPerMtok, BigDecimal batchInputPerMtok, BigDecimal batchOutputPerMtok,
			BigDecimal perRequest, LocalDate effectiveFrom, LocalDate effectiveTo, String source, String sourceRef,
			boolean dynamic) {
		this(id, modelId, providerId, region, contextAboveTokens, currency, inputPerMtok, cachedInputPerMtok,
				cacheWritePerMtok, outputPerMtok, batchInputPerMtok, batchOutputPerMtok, perRequest, effectiveFrom,
				effectiveTo, source, sourceRef, dynamic, null, null);
	}

	public Price {
		Objects.requireNonNull(region, "region must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
		Objects.requireNonNull(source, "source must not be null");
		if (contextAboveTokens < 0) {
			throw new IllegalArgumentException("contextAboveTokens must be >= 0, was " + contextAboveTokens);
		}
		if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
			throw new IllegalArgumentException(
					"effectiveTo must be after effectiveFrom, was " + effectiveTo + " <= " + effectiveFrom);
		}
		Checks.requireNonNegativeIfPresent("inputPerMtok", inputPerMtok);
		Checks.requireNonNegativeIfPresent("cachedInputPerMtok", cachedInputPerMtok);
		Checks.requireNonNegativeIfPresent("cacheWritePerMtok", cacheWritePerMtok);
		Checks.requireNonNegativeIfPresent("outputPerMtok", outputPerMtok);
		Checks.requireNonNegativeIfPresent("batchInputPerMtok", batchInputPerMtok);
		Checks.requireNonNegativeIfPresent("batchOutputPerMtok", batchOutputPerMtok);
		Checks.requireNonNegativeIfPresent("perRequest", perRequest);
		Checks.requireNonNegativeIfPresent("inputAudioPerMtok", inputAudioPerMtok);
		Checks.requireNonNegativeIfPresent("outputAudioPerMtok", outputAudioPerMtok);
	}

	/**
	 * @param other another version of the same price
	 * @return whether every amount and the dynamic flag are equal (numerically: 2.5
	 * equals 2.500)
	 */
	public boolean sameAmountsAs(Price other) {
		return this.dynamic == other.dynamic && this.currency.equals(other.currency)
				&& same(this.inputPerMtok, other.inputPerMtok)
				&& same(this.cachedInputPerMtok, other.cachedInputPerMtok)
				&& same(this.cacheWritePerMtok, other.cacheWritePerMtok)
				&& same(this.outputPerMtok, other.outputPerMtok)
				&& same(this.batchInputPerMtok, other.batchInputPerMtok)
				&& same(this.batchOutputPerMtok, other.batchOutputPerMtok) && same(this.perRequest, other.perRequest)
				&& same(this.inputAudioPerMtok, other.inputAudioPerMtok)
				&& same(this.outputAudioPerMtok, other.outputAudioPerMtok);
	}

	/**
	 * @param earlier an earlier version of the same price
	 * @param factor the largest acceptable ratio, e.g. 10
	 * @return the first amount that moved by more than {@code factor} either way,
	 * described, or {@code null}
	 */
	public String jumpFrom(Price earlier, double factor) {
		String[] names = { "input", "cached input", "cache write", "output", "batch input", "batch output",
				"audio input", "audio output" };
		BigDecimal[] before = { earlier.inputPerMtok, earlier.cachedInputPerMtok, earlier.cacheWritePerMtok,
				earlier.outputPerMtok, earlier.batchInputPerMtok, earlier.batchOutputPerMtok, earlier.inputAudioPerMtok,
				earlier.outputAudioPerMtok };
		BigDecimal[] after = { this.inputPerMtok, this.cachedInputPerMtok, this.cacheWritePerMtok, this.outputPerMtok,
				this.batchInputPerMtok, this.batchOutputPerMtok, this.inputAudioPerMtok, this.outputAudioPerMtok };
		for (int i = 0; i < names.length; i++) {
			if (before[i] != null && after[i] != null && before[i].signum() > 0 && after[i].signum() > 0) {
				double ratio = after[i].doubleValue() / before[i].doubleValue();
				if (ratio > factor || ratio < 1 / factor) {
					return names[i] + " price moved from " + before[i].stripTrailingZeros().toPlainString() + " to "
							+ after[i].stripTrailingZeros().toPlainString() + " per million tokens, more than "
							+ (int) factor + "x";
				}
			}
		}
		return null;
	}

	/**
	 * @return whether this price applies on {@code day}
	 */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(this.effectiveFrom) && (this.effectiveTo == null || day.isBefore(this.effectiveTo));
	}

	Price withId(long newId) {
		return new Price(newId, this.modelId, this.providerId, this.region, this.contextAboveTokens, this.currency,
				this.inputPerMtok, this.cachedInputPerMtok, this.cacheWritePerMtok, this.outputPerMtok,
				this.batchInputPerMtok, this.batchOutputPerMtok, this.perRequest, this.effectiveFrom, this.effectiveTo,
				this.source, this.sourceRef, this.dynamic, this.inputAudioPerMtok, this.outputAudioPerMtok);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

}
