package com.breakeven.simulator.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The rate an amount is converted at: {@code to = from × rate}.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate units of {@code to} per unit of {@code from}
 * @param publishedOn the day the rate was published (the latest on or before the day
 * asked)
 * @param source who published it ("ECB euro reference rates")
 */
public record FxRate(Currency from, Currency to, BigDecimal rate, LocalDate publishedOn, String source) {

	public FxRate {
		if (from == null || to == null || rate == null || rate.signum() <= 0 || publishedOn == null) {
			throw new IllegalArgumentException("a rate needs two currencies, a positive rate and its day");
		}
	}

	/** The identity "rate" of a currency to itself. */
	public static FxRate same(Currency currency, LocalDate day) {
		return new FxRate(currency, currency, BigDecimal.ONE, day, "same currency");
	}

	/** Whether it converts anything. */
	public boolean converts() {
		return !this.from.equals(this.to);
	}

	/** An amount in {@code from}, in {@code to}. */
	public BigDecimal convert(BigDecimal amount) {
		return (amount == null) ? null : amount.multiply(this.rate);
	}

	/** "1 EUR = 1.0812 USD (ECB euro reference rates, 2026-11-27)". */
	public String describe() {
		return "1 " + this.from.getCurrencyCode() + " = " + this.rate.stripTrailingZeros().toPlainString() + " "
				+ this.to.getCurrencyCode() + " (" + this.source + ", " + this.publishedOn + ")";
	}

}
