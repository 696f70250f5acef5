package com.breakeven.pricing;

import java.math.BigDecimal;

/**
 * Validation shared by the catalogue records; messages name the field and the offending
 * value.
 */
final class Checks {

	private Checks() {
	}

	static void requireCode(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank, was " + value);
		}
		if (!value.equals(Names.normalise(value))) {
			throw new IllegalArgumentException(field + " must be trimmed lower case, was '" + value + "'");
		}
	}

	static void requireNonNegative(String field, BigDecimal value) {
		if (value == null || value.signum() < 0) {
			throw new IllegalArgumentException(field + " must be >= 0, was " + value);
		}
	}

	static void requireNonNegativeIfPresent(String field, BigDecimal value) {
		if (value != null) {
			requireNonNegative(field, value);
		}
	}

	static void requirePositiveIfPresent(String field, Integer value) {
		if (value != null && value <= 0) {
			throw new IllegalArgumentException(field + " must be > 0, was " + value);
		}
	}

}
