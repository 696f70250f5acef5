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
 */
public record ApiPricing(Currency currency, double inputPerMillion, double cachedInputPerMillion,
		double outputPerMillion, double batchShare, double batchDiscount, double negotiatedDiscount,
		double cacheWritePerMillion) {

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
		Require.fraction("batchShare", batchShare);
		Require.fraction("batchDiscount", batchDiscount);
		Require.fractionBelowOne("negotiatedDiscount", negotiatedDiscount);
	}

	/**
	 * @return list prices without batch traffic or negotiated discount
	 */
	public static ApiPricing listPrices(Currency currency, double inputPerMillion, double cachedInputPerMillion,
			double outputPerMillion) {
		return new ApiPricing(currency, inputPerMillion, cachedInputPerMillion, outputPerMillion, 0, 0, 0);
	}

}
