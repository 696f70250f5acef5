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

	public String text(Object value) {
		return format(value);
	}

	/** The cell as pages, reports and PDFs print it, one definition for all of them. */
	public static String format(Object value) {
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
