package com.breakeven.pricing.feed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where feed units become stored units: feeds publish USD per token, the
 * catalogue stores per million tokens to {@value #STORED_SCALE} decimals (1e-18 per
 * token), the scale of the price columns (V9). Amounts are rounded to that scale once,
 * here, so that the amount compared with the stored price on the next import is the
 * amount that was stored: an unchanged feed records no change.
 */
public final class PriceUnits {

	/**
	 * Above this many currency units per million tokens a price is taken for a unit
	 * mistake (a per-million value in a per-token field reads as millions per million).
	 * The dearest real list prices are a few hundred per million.
	 */
	public static final BigDecimal MAX_PLAUSIBLE_PER_MILLION = new BigDecimal("1000");

	/**
	 * Decimals of a stored price per million tokens. Feeds write more (OpenRouter
	 * "0.0000000833333333333333" per token is 0.0833333333333333 per million; LiteLLM
	 * 2.9999900000000002e-06 is 2.9999900000000002): the digits beyond the twelfth are a
	 * repeating fraction cut short or binary float noise, never a price.
	 */
	public static final int STORED_SCALE = 12;

	private PriceUnits() {
	}

	/**
	 * @return the same price per million tokens: per token × 10^6, at the stored scale
	 */
	public static BigDecimal perMillionFromPerToken(BigDecimal perToken) {
		return atStoredScale(perToken.movePointRight(6));
	}

	/**
	 * @param perMillion a price per million tokens
	 * @return the price as it is stored: rounded half-up to {@value #STORED_SCALE}
	 * decimals, trailing zeros dropped
	 */
	public static BigDecimal atStoredScale(BigDecimal perMillion) {
		BigDecimal stored = perMillion.setScale(STORED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
		return (stored.scale() < 0) ? stored.setScale(0) : stored;
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
