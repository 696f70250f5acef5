package com.breakeven.web.catalogue;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads a number as a person types it ("27,500", " 0.0895 ") and shows it back without
 * padding zeros or an exponent (27500, not 27500.00 or 2.75E+4). Blank is no value;
 * anything else that is no number ("12abc"), or a fraction where a whole number is read,
 * is refused whole.
 */
final class PlainDecimalEditor extends PropertyEditorSupport {

	private final boolean wholeNumbers;

	private PlainDecimalEditor(boolean wholeNumbers) {
		this.wholeNumbers = wholeNumbers;
	}

	/** For {@link BigDecimal} fields. */
	static PlainDecimalEditor decimals() {
		return new PlainDecimalEditor(false);
	}

	/** For {@link Integer} fields. */
	static PlainDecimalEditor wholeNumbers() {
		return new PlainDecimalEditor(true);
	}

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		BigDecimal number = new BigDecimal(text.strip().replace(",", "").replace("_", ""));
		if (!this.wholeNumbers) {
			setValue(number);
			return;
		}
		try {
			setValue(number.intValueExact());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("not a whole number: " + text, ex);
		}
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

}
