package com.breakeven.web;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;

/**
 * The period and currency a page reports in, from its request parameters: the imported
 * usage's first and last day and the configured reporting currency when not given.
 *
 * @param from first day, or {@code null} when nothing is imported
 * @param to last day, or {@code null} when nothing is imported
 * @param currency the reporting currency
 * @param error what is wrong with the parameters, or {@code null}
 */
public record ReportingPeriod(LocalDate from, LocalDate to, Currency currency, String error) {

	public static ReportingPeriod of(LocalDate from, LocalDate to, String currency, UsageSummary usage,
			Currency reportingCurrency) {
		return of(from, to, currency, new UsageRepository.Days(usage.firstDay(), usage.lastDay()), reportingCurrency);
	}

	/**
	 * @param usage the first and last day with usage
	 */
	public static ReportingPeriod of(LocalDate from, LocalDate to, String currency, UsageRepository.Days usage,
			Currency reportingCurrency) {
		LocalDate first = (from != null) ? from : usage.first();
		LocalDate last = (to != null) ? to : usage.last();
		Currency reporting = reportingCurrency;
		String error = null;
		if (currency != null) {
			try {
				reporting = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				error = "parameter 'currency' must be an ISO-4217 code such as USD or EUR, was '" + currency + "'";
			}
		}
		if (error == null && first != null && last != null && last.isBefore(first)) {
			error = "parameter 'to' (" + last + ") is before 'from' (" + first + ")";
		}
		return new ReportingPeriod(first, last, reporting, error);
	}

	/** Whether there is usage to report and the parameters are valid. */
	public boolean reportable() {
		return this.error == null && this.from != null && this.to != null;
	}

}
