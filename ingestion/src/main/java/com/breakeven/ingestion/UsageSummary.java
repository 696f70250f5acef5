package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * What usage the database holds.
 *
 * @param rows daily rows
 * @param firstDay earliest day, or {@code null} when empty
 * @param lastDay latest day, or {@code null} when empty
 * @param billedByCurrency spend per currency: billed where a model has a bill, else
 * estimated, never both (and never added across currencies)
 * @param unresolvedRows rows whose model name matched no canonical model
 */
public record UsageSummary(long rows, LocalDate firstDay, LocalDate lastDay, Map<Currency, BigDecimal> billedByCurrency,
		long unresolvedRows) {

	public UsageSummary {
		billedByCurrency = Map.copyOf(billedByCurrency);
	}

}
