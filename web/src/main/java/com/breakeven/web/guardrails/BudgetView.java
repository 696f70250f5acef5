package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import com.breakeven.simulator.guardrails.SpendForecast;
import com.breakeven.web.guardrails.SpendGuardrails.BudgetReading;

/**
 * A budget with where it stands, as the API answers and the page shows it. Amounts are in
 * the budget's currency, rounded to cents.
 */
@Schema(description = "A budget with its spend to date, its forecast to the period's end and its status.")
public record BudgetView(@Schema(description = "The budget's id.", example = "1") long id,
		@Schema(description = "The budget as written.") BudgetForm budget,
		@Schema(description = "First day of the current period (ISO date).",
				example = "2026-10-01") LocalDate periodStart,
		@Schema(description = "Last day of the current period (ISO date).", example = "2026-10-31") LocalDate periodEnd,
		@Schema(description = "The current period in words.", example = "October 2026") String periodName,
		@Schema(description = "The last day with known spend (ISO date): the newest usage day, never after today.",
				example = "2026-10-20") LocalDate asOf,
		@Schema(description = "Spend from the period's start through asOf, in the budget's currency.",
				example = "31250.40") BigDecimal spendToDate,
		@Schema(description = "Spend to date in percent of the amount.", example = "62.5") BigDecimal spendPercent,
		@Schema(description = "Expected spend over the whole period, in the budget's currency; null when the "
				+ "history is too short (under 3 days).", example = "48400.00") BigDecimal forecast,
		@Schema(description = "Lower end of the forecast's 95 % interval.",
				example = "46100.00") BigDecimal forecastLower,
		@Schema(description = "Upper end of the forecast's 95 % interval.",
				example = "50700.00") BigDecimal forecastUpper,
		@Schema(description = "Forecast in percent of the amount.", example = "96.8") BigDecimal forecastPercent,
		@Schema(description = "How the forecast was made: WEEKDAY_AND_TREND, TREND, LEVEL or PERIOD_OVER.",
				example = "WEEKDAY_AND_TREND") String forecastMethod,
		@Schema(description = "ON_TRACK, AT_RISK (the forecast reaches the amount) or OVER (the spend has).",
				example = "ON_TRACK") String status,
		@Schema(description = "Highest threshold (percent) the spend has reached, 0 for none.",
				example = "50") int thresholdReached,
		@Schema(description = "Highest threshold (percent) the forecast reaches, 0 for none.",
				example = "80") int forecastThresholdReached,
		@Schema(description = "Spend left out for want of an ECB rate into the budget's currency: currency, "
				+ "first and last day; empty when everything converted.") List<String> missingRates) {

	static BudgetView of(Budget budget, BudgetReading reading) {
		if (reading == null) {
			return new BudgetView(budget.id(), BudgetForm.of(budget), null, null, null, null, null, null, null, null,
					null, null, null, "NO_USAGE", 0, 0, List.of());
		}
		SpendForecast forecast = reading.status().forecast().orElse(null);
		return new BudgetView(budget.id(), BudgetForm.of(budget), reading.periodStart(), reading.periodEnd(),
				SpendGuardrails.periodName(budget.period(), reading.periodStart()), reading.asOf(),
				cents(reading.status().actual()), tenths(reading.status().actualPercent()),
				(forecast == null) ? null : cents(forecast.expected()),
				(forecast == null) ? null : cents(forecast.lower()),
				(forecast == null) ? null : cents(forecast.upper()),
				reading.status().forecastPercent().map(BudgetView::tenths).orElse(null),
				(forecast == null) ? null : forecast.method().name(), reading.status().state().name(),
				reading.status().actualThreshold(), reading.status().forecastThreshold(),
				missing(reading.unconvertedDays()));
	}

	private static List<String> missing(Map<java.util.Currency, java.util.SortedSet<LocalDate>> days) {
		return days.entrySet()
			.stream()
			.map(entry -> entry.getKey().getCurrencyCode() + " " + entry.getValue().first() + " to "
					+ entry.getValue().last() + " (" + entry.getValue().size() + " days)")
			.collect(Collectors.toList());
	}

	private static BigDecimal cents(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal tenths(double percent) {
		return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_EVEN);
	}

}
