package com.breakeven.web.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Costs per million tokens as tables show them: one number of decimals for a whole
 * column, two at least, and as many more as its smallest cost needs for two significant
 * figures (1.852, 0.013, 0.592 rather than 1.8523, 0.0130, 0.5920 — or 0.01 beside 1.85,
 * which would hide how far apart they are).
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

}
