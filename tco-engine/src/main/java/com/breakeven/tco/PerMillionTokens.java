package com.breakeven.tco;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Costs per million tokens as tables show them: one number of decimals for a whole
 * column, two at least, and as many more as its smallest cost needs for two significant
 * figures (1.852, 0.013, 0.592 rather than 1.8523, 0.0130, 0.5920 — or 0.01 beside 1.85,
 * which would hide how far apart they are). Tables and the engine's sentences use the
 * same rule, so a reason never shows more or fewer decimals than the table beside it.
 */
public final class PerMillionTokens {

	/** Fewest decimals: cents of a currency with cents. */
	static final int LEAST = 2;

	/** Most decimals: below a millionth of the currency per million tokens is noise. */
	static final int MOST = 6;

	private PerMillionTokens() {
	}

	/**
	 * Decimals for a column of costs per million tokens: {@code max(2, 1 − ⌊log10 m⌋)}
	 * for the smallest positive finite cost m, at most {@value #MOST}.
	 */
	public static int decimals(double... costs) {
		double smallest = Double.POSITIVE_INFINITY;
		for (double cost : costs) {
			if (Double.isFinite(cost) && cost != 0) {
				smallest = Math.min(smallest, Math.abs(cost));
			}
		}
		if (smallest == Double.POSITIVE_INFINITY) {
			return LEAST;
		}
		int needed = 1 - (int) Math.floor(Math.log10(smallest));
		return Math.min(MOST, Math.max(LEAST, needed));
	}

	/** The cost rounded half-up to the column's decimals; "—" when there is none. */
	public static Object cell(double cost, int decimals) {
		return Double.isFinite(cost) ? BigDecimal.valueOf(cost).setScale(decimals, RoundingMode.HALF_UP) : "—";
	}

	/**
	 * A cost in a sentence: "0.012 USD per million tokens", grouped, the currency after
	 * the amount as pages write money.
	 * @param decimals from {@link #decimals} over the costs the sentence compares
	 */
	public static String inWords(double cost, Currency currency, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f %s per million tokens", cost,
				currency.getCurrencyCode());
	}

}
