package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.breakeven.ingestion.FxRates;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.web.ReportingPeriod;
import com.breakeven.web.api.ApiProblem;

import static com.breakeven.web.api.ApiNumbers.money;

/**
 * Usage spend over {@code /api/v1}: a period's spend by month, provider, model, team,
 * project or workload, converted to one currency at ECB reference rates (the dashboard's
 * numbers).
 */
@RestController
@Tag(name = "usage")
class UsageApiController {

	private static final List<String> BREAKDOWNS = List.of("month", "provider", "model", "team", "project", "workload");

	private final SpendAnalysis spend;

	private final UsageRepository usage;

	private final FxRates rates;

	private final Currency reportingCurrency;

	UsageApiController(SpendAnalysis spend, UsageRepository usage, FxRates rates, PlanningSettings settings) {
		this.spend = spend;
		this.usage = usage;
		this.rates = rates;
		this.reportingCurrency = settings.reportingCurrency();
	}

	/**
	 * @param key the month (YYYY-MM), provider, model, team, project or workload
	 */
	record SpendRow(String key, String amount) {

	}

	/**
	 * @param total everything converted, in {@code currency}
	 * @param unconverted amounts left out for want of an exchange rate, in their own
	 * currency
	 */
	record SpendSummary(LocalDate from, LocalDate to, String currency, String by, String total, List<SpendRow> rows,
			Map<String, String> unconverted) {

	}

	/**
	 * @param from first day, ISO-8601; the first day with usage when absent
	 * @param to last day; the last day with usage when absent
	 * @param by month, provider, model, team, project or workload
	 * @param currency ISO-4217 code of the answer; the reporting currency when absent
	 */
	@GetMapping("/api/v1/usage/summary")
	SpendSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "month") String by, @RequestParam(required = false) String currency) {
		if (!BREAKDOWNS.contains(by)) {
			throw ApiProblem.badRequest("by must be one of " + BREAKDOWNS + ", was '" + by + "'", "by");
		}
		ReportingPeriod period = ReportingPeriod.of(from, to, currency, this.usage.summary(), this.reportingCurrency);
		if (period.error() != null) {
			throw ApiProblem.badRequest(period.error(), period.error().contains("'currency'") ? "currency" : "to");
		}
		if (!period.reportable()) {
			throw ApiProblem.notFound("no usage imported yet", null);
		}
		SpendAnalysis.SpendReport report = this.spend.report(period.from(), period.to(), period.currency(),
				this.rates::convert);
		Map<?, BigDecimal> breakdown = switch (by) {
			case "month" -> report.byMonth();
			case "provider" -> report.byProvider();
			case "model" -> report.byModel();
			case "team" -> report.byTeam();
			case "project" -> report.byProject();
			default -> report.byWorkload();
		};
		List<SpendRow> rows = new ArrayList<>();
		breakdown.forEach((key, amount) -> rows.add(new SpendRow(key.toString(), money(amount, report.currency()))));
		Map<String, String> unconverted = new java.util.TreeMap<>();
		report.unconverted().forEach((c, amount) -> unconverted.put(c.getCurrencyCode(), money(amount, c)));
		return new SpendSummary(period.from(), period.to(), report.currency().getCurrencyCode(), by,
				money(report.total(), report.currency()), rows, unconverted);
	}

}
