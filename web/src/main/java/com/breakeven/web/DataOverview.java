package com.breakeven.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the database holds, for the landing page.
 *
 * @param providers providers
 * @param models canonical models
 * @param prices price versions
 * @param gpus GPUs
 * @param hardwareProfiles node profiles
 * @param hostingProfiles hosting profiles
 * @param throughputMeasurements throughput measurements
 * @param usageRows daily usage rows
 * @param unresolvedUsageRows usage rows whose model name matched no canonical model
 * @param firstUsageDay earliest usage day, or {@code null}
 * @param lastUsageDay latest usage day, or {@code null}
 * @param billedByCurrency billed cost per currency
 */
record DataOverview(long providers, long models, long prices, long gpus, long hardwareProfiles, long hostingProfiles,
		long throughputMeasurements, long usageRows, long unresolvedUsageRows, LocalDate firstUsageDay,
		LocalDate lastUsageDay, Map<Currency, BigDecimal> billedByCurrency) {

	/**
	 * @return billed cost per currency rounded half-up to each currency's minor unit, for
	 * display
	 */
	Map<Currency, BigDecimal> billedRounded() {
		return this.billedByCurrency.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> entry.getValue().setScale(entry.getKey().getDefaultFractionDigits(), RoundingMode.HALF_UP),
					(a, b) -> a, () -> new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode))));
	}

}
