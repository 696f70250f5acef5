package com.breakeven.tco;

import java.util.Currency;

/**
 * What an API charges for a workload, per million tokens of each class.
 *
 * @param currency currency of every price
 * @param inputPerMillion uncached input tokens, per million
 * @param cachedInputPerMillion cache-read input tokens, per million
 * @param outputPerMillion output tokens, per million
 * @param batchShare share of the traffic sent through the batch API (0.3 = 30 %)
 * @param batchDiscount discount the batch API gives on list price (0.5 = half price)
 * @param negotiatedDiscount negotiated discount on what remains after the batch discount
 * (0.1 = 10 %)
 * @param cacheWritePerMillion input tokens written to the prompt cache, per million
 * @param inputAudioPerMillion audio input tokens, per million; {@code NaN} when the
 * seller has no audio price (a month with audio input tokens then cannot be billed: audio
 * is never priced as text, nor at 0)
 * @param outputAudioPerMillion audio output tokens, per million; {@code NaN} when the
 * seller has none
 */
public record ApiPricing(Currency currency, double inputPerMillion, double cachedInputPerMillion,
		double outputPerMillion, double batchShare, double batchDiscount, double negotiatedDiscount,
		double cacheWritePerMillion, double inputAudioPerMillion, double outputAudioPerMillion) {

	/** Prices without audio prices. */
	public ApiPricing(Currency currency, double inputPerMillion, double cachedInputPerMillion, double outputPerMillion,
			double batchShare, double batchDiscount, double negotiatedDiscount, double cacheWritePerMillion) {
		this(currency, inputPerMillion, cachedInputPerMillion, outputPerMillion, batchShare, batchDiscount,
				negotiatedDiscount, cacheWritePerMillion, Double.NaN, Double.NaN);
	}

	/** Prices whose cache writes cost what input costs (no cache-write price). */
	public ApiPricing(Currency currency, double inputPerMillion, double cachedInputPerMillion, double outputPerMillion,
			double batchShare, double batchDiscount, double negotiatedDiscount) {
		this(currency, inputPerMillion, cachedInputPerMillion, outputPerMillion, batchShare, batchDiscount,
				negotiatedDiscount, inputPerMillion);
	}

	public ApiPricing {
		Require.notNull("currency", currency);
		Require.nonNegative("inputPerMillion", inputPerMillion);
		Require.nonNegative("cachedInputPerMillion", cachedInputPerMillion);
		Require.nonNegative("outputPerMillion", outputPerMillion);
		Require.nonNegative("cacheWritePerMillion", cacheWritePerMillion);
		Require.nonNegativeOrAbsent("inputAudioPerMillion", inputAudioPerMillion);
		Require.nonNegativeOrAbsent("outputAudioPerMillion", outputAudioPerMillion);
		Require.fraction("batchShare", batchShare);
		Require.fraction("batchDiscount", batchDiscount);
		Require.fractionBelowOne("negotiatedDiscount", negotiatedDiscount);
	}

	/**
	 * @param demand a month's tokens
	 * @return whether these prices bill every audio class the demand has (a class without
	 * tokens needs no price)
	 */
	public boolean billsAudioOf(Demand demand) {
		return (demand.monthlyInputAudioTokens() == 0 || !Double.isNaN(this.inputAudioPerMillion))
				&& (demand.monthlyOutputAudioTokens() == 0 || !Double.isNaN(this.outputAudioPerMillion));
	}

	/**
	 * @return list prices without batch traffic or negotiated discount
	 */
	public static ApiPricing listPrices(Currency currency, double inputPerMillion, double cachedInputPerMillion,
			double outputPerMillion) {
		return new ApiPricing(currency, inputPerMillion, cachedInputPerMillion, outputPerMillion, 0, 0, 0);
	}

}
