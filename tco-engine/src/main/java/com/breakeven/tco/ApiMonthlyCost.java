package com.breakeven.tco;

import java.util.Currency;

/**
 * One month of a workload on an API.
 *
 * @param currency currency of every amount
 * @param input uncached input tokens at list price
 * @param cachedInput cached input tokens at list price
 * @param output output tokens at list price
 * @param batchDiscount saved by sending batch traffic through the batch API (a positive
 * amount)
 * @param negotiatedDiscount saved by the negotiated discount (a positive amount)
 * @param cacheWrite cache-write tokens at list price
 * @param audioInput audio input tokens at the audio input list price
 * @param audioOutput audio output tokens at the audio output list price
 */
public record ApiMonthlyCost(Currency currency, double input, double cachedInput, double output, double batchDiscount,
		double negotiatedDiscount, double cacheWrite, double audioInput, double audioOutput) {

	/** A month without audio tokens. */
	public ApiMonthlyCost(Currency currency, double input, double cachedInput, double output, double batchDiscount,
			double negotiatedDiscount, double cacheWrite) {
		this(currency, input, cachedInput, output, batchDiscount, negotiatedDiscount, cacheWrite, 0, 0);
	}

	/**
	 * @return input + cached input + cache writes + output + audio input + audio output
	 * at list price
	 */
	public double listTotal() {
		return this.input + this.cachedInput + this.cacheWrite + this.output + this.audioInput + this.audioOutput;
	}

	/**
	 * @return list total − batch discount − negotiated discount
	 */
	public double total() {
		return listTotal() - this.batchDiscount - this.negotiatedDiscount;
	}

}
