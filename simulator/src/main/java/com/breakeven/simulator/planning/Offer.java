package com.breakeven.simulator.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One seller's price for a model in force on a day, as a buyer pays it: list price, or
 * with the negotiated term that covers the buyer applied (the catalogue applies terms in
 * one place and says which). Prices per million tokens, in {@code currency}.
 *
 * @param model canonical model name
 * @param seller provider code of the seller
 * @param region the seller's region the price is for
 * @param contextAboveTokens the context tier: 0 for the base price, else the prompt
 * length above which it applies
 * @param currency currency of every price
 * @param inputPerMillion uncached input
 * @param cachedInputPerMillion cache-read input, or {@code null} when the seller has no
 * cache price (cached tokens are then billed as input)
 * @param outputPerMillion output
 * @param batchInputPerMillion input through the batch API, or {@code null} for none
 * @param batchOutputPerMillion output through the batch API, or {@code null} for none
 * @param dynamic whether the price moves with demand (not a list price to plan on)
 * @param effectiveFrom the first day the price applies
 * @param source where the list price comes from ("litellm …#gpt-4o")
 * @param negotiatedTerm the negotiated term applied, in words, or {@code null} for the
 * list price
 * @param cacheWritePerMillion input written to the prompt cache, or {@code null} when the
 * seller has no cache-write price (cache writes are then billed as input)
 * @param inputAudioPerMillion audio input, or {@code null} when the seller has no audio
 * input price (audio input tokens are then not priced at this seller: never as text)
 * @param outputAudioPerMillion audio output, or {@code null} when the seller has none
 */
public record Offer(String model, String seller, String region, int contextAboveTokens, Currency currency,
		BigDecimal inputPerMillion, BigDecimal cachedInputPerMillion, BigDecimal outputPerMillion,
		BigDecimal batchInputPerMillion, BigDecimal batchOutputPerMillion, boolean dynamic, LocalDate effectiveFrom,
		String source, String negotiatedTerm, BigDecimal cacheWritePerMillion, BigDecimal inputAudioPerMillion,
		BigDecimal outputAudioPerMillion) {

	/** An offer without audio prices. */
	public Offer(String model, String seller, String region, int contextAboveTokens, Currency currency,
			BigDecimal inputPerMillion, BigDecimal cachedInputPerMillion, BigDecimal outputPerMillion,
			BigDecimal batchInputPerMillion, BigDecimal batchOutputPerMillion, boolean dynamic, LocalDate effectiveFrom,
			String source, String negotiatedTerm, BigDecimal cacheWritePerMillion) {
		this(model, seller, region, contextAboveTokens, currency, inputPerMillion, cachedInputPerMillion,
				outputPerMillion, batchInputPerMillion, batchOutputPerMillion, dynamic, effectiveFrom, source,
				negotiatedTerm, cacheWritePerMillion, null, null);
	}

	/** An offer without a cache-write price. */
	public Offer(String model, String seller, String region, int contextAboveTokens, Currency currency,
			BigDecimal inputPerMillion, BigDecimal cachedInputPerMillion, BigDecimal outputPerMillion,
			BigDecimal batchInputPerMillion, BigDecimal batchOutputPerMillion, boolean dynamic, LocalDate effectiveFrom,
			String source, String negotiatedTerm) {
		this(model, seller, region, contextAboveTokens, currency, inputPerMillion, cachedInputPerMillion,
				outputPerMillion, batchInputPerMillion, batchOutputPerMillion, dynamic, effectiveFrom, source,
				negotiatedTerm, null);
	}

	public Offer {
		if (model == null || seller == null || currency == null || inputPerMillion == null
				|| outputPerMillion == null) {
			throw new IllegalArgumentException("an offer needs a model, a seller, a currency, input and output prices");
		}
		if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0
				|| (cachedInputPerMillion != null && cachedInputPerMillion.signum() < 0)
				|| (inputAudioPerMillion != null && inputAudioPerMillion.signum() < 0)
				|| (outputAudioPerMillion != null && outputAudioPerMillion.signum() < 0)) {
			throw new IllegalArgumentException("prices must be >= 0: " + model + " from " + seller);
		}
	}

	/** Whether it is the base context tier, at a fixed price. */
	public boolean plannable() {
		return this.contextAboveTokens == 0 && !this.dynamic;
	}

	/**
	 * Why this offer cannot bill a mix's audio tokens, or {@code null} when it can (or
	 * the mix has none): "audio input tokens not priced at openrouter".
	 */
	public String unpricedAudio(double inputAudioTokens, double outputAudioTokens) {
		List<String> classes = new ArrayList<>();
		if (inputAudioTokens > 0 && this.inputAudioPerMillion == null) {
			classes.add("input");
		}
		if (outputAudioTokens > 0 && this.outputAudioPerMillion == null) {
			classes.add("output");
		}
		return classes.isEmpty() ? null
				: "audio " + String.join(" and ", classes) + " tokens not priced at " + this.seller;
	}

	/** Whether both input and output are free: a free tier or a feed's empty row. */
	public boolean free() {
		return this.inputPerMillion.signum() == 0 && this.outputPerMillion.signum() == 0;
	}

}
