package com.breakeven.simulator.planning;

import java.util.Locale;

import com.breakeven.tco.ApiPricing;

/**
 * The price a question is answered at, with everything a reader needs to check it: which
 * seller and why, the offer it came from (negotiated term included), the exchange rate
 * and its day when it was converted, and the engine's prices in the answer's currency.
 *
 * @param model canonical model name
 * @param seller the seller's provider code
 * @param basis why this seller
 * @param offer the offer as the catalogue gave it, in its own currency
 * @param fx the rate the offer was converted at ({@link FxRate#converts()} false when it
 * was not)
 * @param pricing the engine's prices in the answer's currency, batch share and batch
 * discount as the usage shows them (negotiated terms are already in the offer)
 * @param note what else was assumed, or {@code null} ("no batch price: batch traffic at
 * list price")
 */
public record ResolvedPrice(String model, String seller, Basis basis, Offer offer, FxRate fx, ApiPricing pricing,
		String note) {

	/** Why a price from this seller answers the question. */
	public enum Basis {

		/** The seller (and account) the workload's usage shows. */
		WORKLOAD_SELLER("the seller its usage shows"),
		/** The model's creator sells it. */
		CREATOR("its creator's price"),
		/** The creator does not sell it: the cheapest seller for the workload's mix. */
		CHEAPEST_SELLER("the cheapest seller; its creator does not sell it");

		private final String words;

		Basis(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/**
	 * "together-ai (the seller its usage shows): input 0.88, cached 0.88, output 0.88 USD
	 * per million tokens, in force since 2026-07-01", with "; audio input 40, audio
	 * output 80 USD per million tokens" where the seller prices audio.
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
				"%s (%s): input %s, cached %s, output %s %s per million tokens, in force since %s", this.seller,
				this.basis.words(), amount(this.pricing.inputPerMillion()),
				amount(this.pricing.cachedInputPerMillion()), amount(this.pricing.outputPerMillion()),
				this.pricing.currency().getCurrencyCode(), this.offer.effectiveFrom()));
		if (!Double.isNaN(this.pricing.inputAudioPerMillion()) || !Double.isNaN(this.pricing.outputAudioPerMillion())) {
			text.append(String.format(Locale.ROOT, "; audio input %s, audio output %s %s per million tokens",
					audioAmount(this.pricing.inputAudioPerMillion()), audioAmount(this.pricing.outputAudioPerMillion()),
					this.pricing.currency().getCurrencyCode()));
		}
		if (this.offer.negotiatedTerm() != null) {
			text.append("; negotiated: ").append(this.offer.negotiatedTerm());
		}
		if (this.fx.converts()) {
			text.append("; converted from ")
				.append(this.offer.currency().getCurrencyCode())
				.append(" at ")
				.append(this.fx.describe());
		}
		if (this.note != null) {
			text.append("; ").append(this.note);
		}
		return text.toString();
	}

	private static String audioAmount(double perMillion) {
		return Double.isNaN(perMillion) ? "not priced" : amount(perMillion);
	}

	private static String amount(double perMillion) {
		return new java.math.BigDecimal(perMillion).round(new java.math.MathContext(6))
			.stripTrailingZeros()
			.toPlainString();
	}

}
