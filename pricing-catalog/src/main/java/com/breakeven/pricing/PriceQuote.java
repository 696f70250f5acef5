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
 */
public record PriceQuote(Price list, PriceOverride override, Currency currency, BigDecimal inputPerMtok,
		BigDecimal cachedInputPerMtok, BigDecimal outputPerMtok) {

	/**
	 * @return the quote for a price no negotiated term covers
	 */
	static PriceQuote listOnly(Price list) {
		return new PriceQuote(list, null, list.currency(), list.inputPerMtok(), list.cachedInputPerMtok(),
				list.outputPerMtok());
	}

	/**
	 * @return the quote with the term applied
	 */
	static PriceQuote negotiated(Price list, PriceOverride term) {
		Currency currency = (term.kind() == PriceOverride.Kind.FIXED_PRICE) ? term.currency() : list.currency();
		return new PriceQuote(list, term, currency, term.apply(list.inputPerMtok(), term.inputPerMtok()),
				term.apply(list.cachedInputPerMtok(), term.cachedInputPerMtok()),
				term.apply(list.outputPerMtok(), term.outputPerMtok()));
	}

}
