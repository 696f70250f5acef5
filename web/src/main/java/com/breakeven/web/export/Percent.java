package com.breakeven.web.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A share or a rate in percent, as one cell type: pages, PDFs and reports print it in
 * {@link #words() one way} ("95.3 %", "100.0 %"), downloads write the bare number of
 * percent (95.3) under a heading that says "(%)". Every percentage a person reads goes
 * through here, so that no page says "100.0" where another says "100 %".
 */
public final class Percent extends Number implements Comparable<Percent> {

	/** Tenths of a percent: finer is false precision for a share or a rate. */
	static final int DECIMALS = 1;

	private final BigDecimal percent;

	/** Whether it is not nothing though it rounds to no tenth ("under 0.1 %"). */
	private final int tinySign;

	private Percent(BigDecimal percent) {
		this.percent = percent.setScale(DECIMALS, RoundingMode.HALF_UP);
		this.tinySign = (this.percent.signum() == 0) ? percent.signum() : 0;
	}

	/** From a number of percent (62.5 for 62.5 %). */
	public static Percent of(BigDecimal percent) {
		return new Percent(percent);
	}

	/** From a number of percent (62.5 for 62.5 %). */
	public static Percent of(double percent) {
		return new Percent(BigDecimal.valueOf(percent));
	}

	/** From a fraction (0.625 for 62.5 %). */
	public static Percent ofFraction(double fraction) {
		return new Percent(BigDecimal.valueOf(fraction).movePointRight(2));
	}

	/** The number of percent, to a tenth, as downloads write it. */
	public BigDecimal value() {
		return this.percent;
	}

	/**
	 * As people read it: always to a tenth, so that a column of them lines up at the
	 * point, thousands grouped, a space before the sign ("95.3 %", "100.0 %", "1,250.0
	 * %"); a share too small to show a tenth reads "under 0.1 %" rather than a false "0.0
	 * %".
	 */
	public String words() {
		if (this.tinySign > 0) {
			return "under 0.1 %";
		}
		if (this.tinySign < 0) {
			return "down by under 0.1 %";
		}
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(this.percent) + " %";
	}

	/** {@link #words()}, with a "+" before a rise: a change against a period before. */
	public String change() {
		return (this.percent.signum() > 0) ? "+" + words() : words();
	}

	@Override
	public int intValue() {
		return this.percent.intValue();
	}

	@Override
	public long longValue() {
		return this.percent.longValue();
	}

	@Override
	public float floatValue() {
		return this.percent.floatValue();
	}

	@Override
	public double doubleValue() {
		return this.percent.doubleValue();
	}

	@Override
	public int compareTo(Percent other) {
		return this.percent.compareTo(other.percent);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Percent p && p.percent.equals(this.percent);
	}

	@Override
	public int hashCode() {
		return this.percent.hashCode();
	}

	/** The bare number of percent (95.3), as CSV writes it. */
	@Override
	public String toString() {
		return this.percent.toPlainString();
	}

}
