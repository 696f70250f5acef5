package com.breakeven.pricing.feed;

import java.math.BigDecimal;

/**
 * The one place where feed units become stored units: feeds publish USD per token, the
 * catalogue stores per million tokens, exactly.
 */
public final class PriceUnits {

	/**
	 * Above this many currency units per million tokens a price is taken for a unit
	 * mistake (a per-million value in a per-token field reads as millions per million).
	 * The dearest real list prices are a few hundred per million.
	 */
	public static final BigDecimal MAX_PLAUSIBLE_PER_MILLION = new BigDecimal("1000");

	private PriceUnits() {
	}

	/**
	 * @return the same price per million tokens: per token × 10^6, exact
	 */
	public static BigDecimal perMillionFromPerToken(BigDecimal perToken) {
		BigDecimal perMillion = perToken.movePointRight(6).stripTrailingZeros();
		return (perMillion.scale() < 0) ? perMillion.setScale(0) : perMillion;
	}

	/**
	 * @param perMillion a price per million tokens
	 * @return why it cannot be a real price, or {@code null} when it can
	 */
	public static String implausibility(BigDecimal perMillion) {
		if (perMillion.signum() < 0) {
			return "is negative";
		}
		if (perMillion.compareTo(MAX_PLAUSIBLE_PER_MILLION) > 0) {
			return "is " + perMillion.toPlainString() + " per million tokens, more than "
					+ MAX_PLAUSIBLE_PER_MILLION.toPlainString() + ": a per-million value in a per-token field?";
		}
		return null;
	}

}
