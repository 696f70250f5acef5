package com.breakeven.web.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money as pages, PDFs and reports write it: the amount with thousands
 * separators, then its currency's code ("106,351 USD"), the same in every locale
 * (templates reach it as {@code @cells.money(amount, currency, decimals)}). The API keeps
 * plain amounts and the code in a field of its own.
 */
public final class Money {

	private Money() {
	}

	/**
	 * @param amount the amount, {@code null} for none
	 * @param currency its currency, {@code null} when the amount has none (mixed
	 * currencies)
	 * @param decimals decimals to show, rounded half-up
	 * @return "106,351 USD"; "" for no amount
	 */
	public static String text(BigDecimal amount, Currency currency, int decimals) {
		if (amount == null) {
			return "";
		}
		String number = TableCells.format(amount.setScale(decimals, RoundingMode.HALF_UP));
		return (currency != null) ? number + " " + currency.getCurrencyCode() : number;
	}

	/** The same for a projected amount ({@code double}); "" for NaN. */
	public static String text(double amount, Currency currency, int decimals) {
		return (Double.isNaN(amount) || Double.isInfinite(amount)) ? ""
				: text(BigDecimal.valueOf(amount), currency, decimals);
	}

	/** The amount in its currency's minor unit: "117,276.20 USD". */
	public static String text(BigDecimal amount, Currency currency) {
		return text(amount, currency, minorUnitDigits(currency));
	}

	/**
	 * Decimals of a currency's minor unit (2 for USD, 0 for JPY); 2 for an amount without
	 * one currency.
	 */
	static int minorUnitDigits(Currency currency) {
		return (currency != null) ? Math.max(0, currency.getDefaultFractionDigits()) : 2;
	}

}
