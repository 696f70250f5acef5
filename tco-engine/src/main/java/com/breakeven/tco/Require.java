package com.breakeven.tco;

/**
 * Validation for the engine's records: each message names the field and the offending
 * value.
 */
public final class Require {

	private Require() {
	}

	/**
	 * @return {@code value} when finite and {@code >= 0}
	 */
	public static double nonNegative(String field, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(field + " must be >= 0, was " + value);
		}
		return value;
	}

	/**
	 * @return {@code value} when {@code NaN} (no such value) or finite and {@code >= 0}
	 */
	public static double nonNegativeOrAbsent(String field, double value) {
		return Double.isNaN(value) ? value : nonNegative(field, value);
	}

	/**
	 * @return {@code value} when finite and {@code > 0}
	 */
	public static double positive(String field, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(field + " must be > 0, was " + value);
		}
		return value;
	}

	/**
	 * @return {@code value} when {@code >= minimum}
	 */
	public static int atLeast(String field, int value, int minimum) {
		if (value < minimum) {
			throw new IllegalArgumentException(field + " must be >= " + minimum + ", was " + value);
		}
		return value;
	}

	/** A fraction is written 0.05 for 5 %; {@code 0 <= value <= 1}. */
	public static double fraction(String field, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(
					field + " is a fraction (0.05 = 5 %) and must be between 0 and 1, was " + value);
		}
		return value;
	}

	/**
	 * A fraction strictly below 1, for discounts and residual values that cannot be the
	 * whole.
	 */
	public static double fractionBelowOne(String field, double value) {
		if (!(value >= 0 && value < 1)) {
			throw new IllegalArgumentException(
					field + " is a fraction (0.05 = 5 %) and must be >= 0 and < 1, was " + value);
		}
		return value;
	}

	static <T> T notNull(String field, T value) {
		if (value == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return value;
	}

}
