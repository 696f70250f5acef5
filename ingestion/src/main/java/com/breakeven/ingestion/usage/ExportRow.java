package com.breakeven.ingestion.usage;

import java.math.BigDecimal;

/**
 * One record of a tabular export, a CSV line or a Parquet row: its values as text, by
 * column name, so that a format maps both alike.
 */
interface ExportRow {

	/**
	 * @return the column's value; {@code null} when the column is absent, omitted, empty
	 * or the bare word NULL
	 */
	String text(String column);

	/**
	 * @return the value as a decimal, {@code null} when there is none and none is
	 * required
	 * @throws Refusal when it is not a number, or missing and required
	 */
	default BigDecimal decimal(String column, boolean required, long line, String fileName) {
		String value = text(column);
		if (value == null) {
			if (required) {
				throw new Refusal(fileName, line, column, null, "a value is required");
			}
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new Refusal(fileName, line, column, value, "is not a decimal number");
		}
	}

	/**
	 * @return the value as a count, {@code null} when there is none; {@code 1200.0} (as
	 * spreadsheets and floating-point columns write whole numbers) is 1,200
	 * @throws Refusal when it is not a whole number or exceeds a {@code long}
	 */
	default Long count(String column, long line, String fileName) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		try {
			return Long.valueOf(trimmed);
		}
		catch (NumberFormatException notPlain) {
			try {
				return new BigDecimal(trimmed).longValueExact();
			}
			catch (NumberFormatException | ArithmeticException ex) {
				throw new Refusal(fileName, line, column, value, UsageValues.notACount(trimmed));
			}
		}
	}

	/**
	 * @param value a value as the file holds it
	 * @return it, or {@code null} when it is empty or the bare word NULL
	 */
	static String present(String value) {
		return (value == null || value.isBlank() || isNullWord(value)) ? null : value;
	}

	/** "NULL", as some exports spell an empty field, with or without spaces around it. */
	private static boolean isNullWord(String value) {
		// Length first: this runs for every field of every line.
		return value.length() >= 4 && value.length() <= 16 && value.trim().equalsIgnoreCase("NULL");
	}

}
