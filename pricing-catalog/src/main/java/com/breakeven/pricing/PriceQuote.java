package com.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A list price and, when a negotiated term covers it, the price actually paid, kept
 * apart.
 *
 * @param list the list price from the catalogue
 * @param override the negotiated term applied, or {@code null}
 * @param currency currency of the negotiated amounts
 * @param inputPerMtok negotiated input per million tokens (the list price when no term
 * applies)
 * @param cachedInputPerMtok negotiated cached input per million tokens
 * @param outputPerMtok negotiated output per million tokens
 * @param inputAudioPerMtok negotiated audio input per million tokens: a percentage term
 * applies to it; a fixed-price term names no audio price, so there is none ({@code null}:
 * audio is then not priced at that seller, never billed as text)
 * @param outputAudioPerMtok negotiated audio output per million tokens, likewise
 */
public record PriceQuote(Price list, PriceOverride override, Currency currency, BigDecimal inputPerMtok,
		BigDecimal cachedInputPerMtok, BigDecimal outputPerMtok, BigDecimal inputAudioPerMtok,
		BigDecimal outputAudioPerMtok) {

	/**
	 * @return the quote for a price no negotiated term covers
	 */
	public static PriceQuote listOnly(Price list) {
		return new PriceQuote(list, null, list.currency(), list.inputPerMtok(), list.cachedInputPerMtok(),
				list.outputPerMtok(), list.inputAudioPerMtok(), list.outputAudioPerMtok());
	}

	/**
	 * @return the quote with the term applied
	 */
	static PriceQuote negotiated(Price list, PriceOverride term) {
		Currency currency = (term.kind() == PriceOverride.Kind.FIXED_PRICE) ? term.currency() : list.currency();
		return new PriceQuote(list, term, currency, term.apply(list.inputPerMtok(), term.inputPerMtok()),
				term.apply(list.cachedInputPerMtok(), term.cachedInputPerMtok()),
				term.apply(list.outputPerMtok(), term.outputPerMtok()), term.apply(list.inputAudioPerMtok(), null),
				term.apply(list.outputAudioPerMtok(), null));
	}

}
