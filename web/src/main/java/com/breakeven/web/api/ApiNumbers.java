package com.breakeven.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Numbers as the API writes them: exact decimals as strings (2.5, never 2.4999999), money
 * rounded to its currency's minor unit.
 */
public final class ApiNumbers {

	private ApiNumbers() {
	}

	public static String plain(BigDecimal amount) {
		return (amount == null) ? null : amount.stripTrailingZeros().toPlainString();
	}

	/** An amount of money in its currency's minor unit (cents for USD). */
	public static String money(double amount, Currency currency) {
		return BigDecimal.valueOf(amount)
			.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
			.toPlainString();
	}

	public static String money(BigDecimal amount, Currency currency) {
		return (amount == null) ? null
				: amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP).toPlainString();
	}

	/** A rate with up to six decimals, trailing zeros dropped. */
	public static String rate(double value) {
		return plain(BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP));
	}

}
