package com.breakeven.web.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How pages write a table cell (as {@code @cells} in templates): amounts with thousands
 * separators and their own decimals, other numbers grouped, text as it is (Thymeleaf
 * escapes it).
 */
@Component("cells")
public class TableCells {

	public boolean isNumber(Object value) {
		return value instanceof Number;
	}

	/**
	 * The columns in which no row has anything: a page leaves them out (a download keeps
	 * them), as the throughput table's latency columns for published figures.
	 */
	public java.util.Set<Integer> emptyColumns(Table table) {
		java.util.Set<Integer> empty = new java.util.HashSet<>();
		for (int column = 0; column < table.header().size(); column++) {
			int c = column;
			if (table.rows().stream().allMatch(row -> format(row.get(c)).isBlank())) {
				empty.add(column);
			}
		}
		return empty;
	}

	/**
	 * Whether a phone leaves out a column that has something to show: one not among the
	 * columns kept ({@code null}: all are kept) and not empty in every row.
	 */
	public boolean hasMinorColumns(Table table, java.util.Collection<Integer> keep) {
		if (keep == null) {
			return false;
		}
		java.util.Set<Integer> empty = emptyColumns(table);
		for (int column = 0; column < table.header().size(); column++) {
			if (!keep.contains(column) && !empty.contains(column)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a column holds numbers (its heading aligns with them, on the right). */
	public boolean isNumberColumn(Table table, int column) {
		return table.rows().stream().anyMatch(row -> isNumber(row.get(column)));
	}

	public String text(Object value) {
		return format(value);
	}

	/** An amount and its currency, as {@link Money#text(BigDecimal, Currency, int)}. */
	public String money(Object amount, java.util.Currency currency, int decimals) {
		if (amount instanceof BigDecimal decimal) {
			return Money.text(decimal, currency, decimals);
		}
		return (amount instanceof Number number) ? Money.text(number.doubleValue(), currency, decimals) : "";
	}

	/** An amount in its currency's minor unit: "117,276.20 USD". */
	public String money(Object amount, java.util.Currency currency) {
		return money(amount, currency, Money.minorUnitDigits(currency));
	}

	/**
	 * A number of percent (62.5) as pages print every percentage:
	 * {@link Percent#words()}. "—" for none.
	 */
	public String percent(Number percent) {
		if (percent == null) {
			return "—";
		}
		return (percent instanceof BigDecimal exact) ? Percent.of(exact).words()
				: Percent.of(percent.doubleValue()).words();
	}

	/**
	 * A text too long to keep a row readable (a run's message, a measurement's
	 * provenance) cut at a word to {@value #BRIEF} characters or fewer and marked "…",
	 * for the cell's first line; the page keeps the whole text a click away. {@code null}
	 * for a number or a text short enough to show whole.
	 */
	public String brief(Object value) {
		String text = (value instanceof String s) ? s.strip() : null;
		if (text == null || text.length() <= LONG) {
			return null;
		}
		int cut = text.lastIndexOf(' ', BRIEF);
		return text.substring(0, (cut > BRIEF / 2) ? cut : BRIEF).replaceAll("[\\s,;:.(—-]+$", "") + " …";
	}

	/** Longer than this, a text cell shows its {@link #brief}. */
	static final int LONG = 64;

	/** The most characters of a brief before its "…". */
	static final int BRIEF = 48;

	/** The cell as pages, reports and PDFs print it, one definition for all of them. */
	public static String format(Object value) {
		if (value instanceof Percent percent) {
			return percent.words();
		}
		if (value instanceof BigDecimal amount) {
			DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
			format.setMinimumFractionDigits(Math.max(0, amount.scale()));
			format.setMaximumFractionDigits(Math.max(0, amount.scale()));
			return format.format(amount);
		}
		if (value instanceof Integer || value instanceof Long) {
			return String.format(Locale.ROOT, "%,d", value);
		}
		if (value instanceof Number number) {
			return String.format(Locale.ROOT, "%,.2f", number.doubleValue());
		}
		return (value != null) ? value.toString() : "";
	}

}
