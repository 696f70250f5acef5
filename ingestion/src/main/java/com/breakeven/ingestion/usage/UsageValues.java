package com.breakeven.ingestion.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageDay;

/**
 * What a usage row may hold so that it is stored as read: a day inside the plausible
 * period, costs that {@code NUMERIC(30, 12)} keeps exactly (V8), texts that fit their
 * columns. A row outside these limits is refused with the field and the limit, never
 * rounded, cut or left to fail the whole file in the database.
 *
 * @param earliest the first plausible usage day
 * @param latest the last plausible usage day
 */
record UsageValues(LocalDate earliest, LocalDate latest) {

	/** Decimals {@code NUMERIC(30, 12)} stores. */
	static final int COST_SCALE = 12;

	/** Digits before the decimal point {@code NUMERIC(30, 12)} stores. */
	static final int COST_INTEGER_DIGITS = 18;

	UsageValues {
		Objects.requireNonNull(earliest, "earliest must not be null");
		Objects.requireNonNull(latest, "latest must not be null");
		if (latest.isBefore(earliest)) {
			throw new IllegalArgumentException("latest must not be before earliest " + earliest + ", was " + latest);
		}
	}

	/**
	 * @param usage an accepted row
	 * @param format its format, which names the fields as the file spells them
	 * @param fileName the file
	 * @param line the row's line
	 * @return the first limit the row breaks, or {@code null} when it breaks none
	 */
	RowFailure firstBroken(UsageDay usage, UsageFormat format, String fileName, long line) {
		if (usage.usageDate().isBefore(this.earliest) || usage.usageDate().isAfter(this.latest)) {
			return new RowFailure(fileName, line, format.column("date"), usage.usageDate().toString(),
					"is outside the plausible usage period " + this.earliest + " to " + this.latest);
		}
		String cost = costReason(usage.billedCost());
		if (cost != null) {
			return new RowFailure(fileName, line, format.column("billed_cost"), usage.billedCost().toPlainString(),
					cost);
		}
		cost = costReason(usage.effectiveCost());
		if (cost != null) {
			return new RowFailure(fileName, line, format.column("effective_cost"),
					usage.effectiveCost().toPlainString(), cost);
		}
		cost = costReason(usage.listCost());
		if (cost != null) {
			return new RowFailure(fileName, line, format.column("list_cost"), usage.listCost().toPlainString(), cost);
		}
		// the columns' lengths in usage_daily and usage_staging
		String[][] texts = { { "provider", usage.rawProvider(), "200" }, { "model", usage.rawModel(), "300" },
				{ "account", usage.account(), "200" }, { "project", usage.project(), "200" },
				{ "team", usage.team(), "200" }, { "application", usage.application(), "200" },
				{ "tags", usage.tagsJson(), "4000" }, { "row_key", usage.rowKey(), "300" },
				{ "source", usage.sourceKey(), "300" } };
		for (String[] text : texts) {
			int limit = Integer.parseInt(text[2]);
			if (text[1] != null && text[1].length() > limit) {
				return new RowFailure(fileName, line, format.column(text[0]), text[1].substring(0, 40) + "…",
						"is " + text[1].length() + " characters long, more than the " + limit + " stored");
			}
		}
		return null;
	}

	/**
	 * @return why the cost cannot be stored exactly, or {@code null} when it can
	 */
	static String costReason(BigDecimal cost) {
		if (cost == null) {
			return null;
		}
		BigDecimal exact = cost.stripTrailingZeros();
		if (exact.scale() > COST_SCALE) {
			return "has more than " + COST_SCALE
					+ " decimals: costs are stored to 0.000000000001 and it would be rounded";
		}
		if (exact.precision() - exact.scale() > COST_INTEGER_DIGITS) {
			return "exceeds the largest cost stored, 999999999999999999.999999999999 (" + COST_INTEGER_DIGITS
					+ " digits before the point)";
		}
		return null;
	}

	/**
	 * A cost sent as a binary floating-point number (a JSON number in OpenAI's Costs API,
	 * a Parquet {@code DOUBLE} in AWS's FOCUS export), as exact as it can be stored: its
	 * shortest decimal spelling, rounded half-even to 12 decimals when longer. The digits
	 * beyond are the float's representation ({@code 0.13080438340307526} dollars carries
	 * 17 significant digits, of which a float holds about 16), under a picodollar, so no
	 * figure of the bill changes. A cost written in decimal is never rounded.
	 * @param value the number as sent
	 * @return the cost to store
	 */
	static BigDecimal fromBinaryFloat(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value);
		return (decimal.scale() > COST_SCALE) ? decimal.setScale(COST_SCALE, RoundingMode.HALF_EVEN) : decimal;
	}

	/**
	 * @param text a value that is not a {@code long}
	 * @return why it is not a count
	 */
	static String notACount(String text) {
		try {
			BigDecimal number = new BigDecimal(text);
			if (number.stripTrailingZeros().scale() > 0) {
				return "is not a whole number: a count of tokens or requests has no fraction";
			}
			return "exceeds the largest count stored, " + Long.MAX_VALUE;
		}
		catch (NumberFormatException ex) {
			return "is not a whole number";
		}
	}

}
