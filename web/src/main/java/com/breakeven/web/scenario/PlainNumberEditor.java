package com.breakeven.web.scenario;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads a number as a person types it ("2,000,000,000", " 3.5 ") and shows it back
 * without an exponent (2000000000, not 2.0E9). Blank is no value. Anything else is
 * refused whole: "12abc" is an error, never 12.
 */
class PlainNumberEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		String plain = text.strip().replace(",", "").replace("_", "");
		double value = Double.parseDouble(plain);
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite number: " + text);
		}
		setValue(value);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value instanceof Double number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : "";
	}

}
