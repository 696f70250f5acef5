package com.breakeven.tco;

/**
 * Internal rate of return of a monthly cash-flow series, or undefined with the reason.
 */
public sealed interface Irr permits Irr.Rate, Irr.Undefined {

	/**
	 * @return undefined, because of {@code reason}
	 */
	static Irr undefined(String reason) {
		return new Undefined(reason);
	}

	/**
	 * @param monthly the rate per month at which NPV is zero
	 * @param annual the same rate per year: (1 + monthly)^12 − 1
	 */
	record Rate(double monthly, double annual) implements Irr {

	}

	/**
	 * @param reason why no single rate exists
	 */
	record Undefined(String reason) implements Irr {

	}

}
