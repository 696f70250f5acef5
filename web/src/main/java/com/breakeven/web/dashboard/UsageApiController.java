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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import com.breakeven.web.api.ApiDocs;

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
	record SpendRow(
			@Schema(description = "The month (YYYY-MM), provider, model, team, project or workload.",
					example = "2026-07") String key,
			@Schema(description = "Spend" + ApiDocs.MONEY, example = "61234.56") String amount) {

	}

	/**
	 * @param tokenClass input, cached input, cache write, output, audio input or audio
	 * output
	 * @param tokens tokens of that class over the period
	 */
	record TokenRow(@Schema(
			description = "Token class: input (uncached text), cached input, cache write, output (text), audio input or audio output; each token counted in one class.",
			example = "audio input") String tokenClass,
			@Schema(description = "Tokens of that class over the period, from usage reports and estimates (billing lines carry none).",
					example = "9842") long tokens) {

	}

	/**
	 * @param total everything converted, in {@code currency}
	 * @param unconverted amounts left out for want of an exchange rate, in their own
	 * currency
	 */
	record SpendSummary(@Schema(description = "First day" + ApiDocs.ISO_DATE, example = "2026-07-01") LocalDate from,
			@Schema(description = "Last day" + ApiDocs.ISO_DATE, example = "2026-10-31") LocalDate to,
			@Schema(description = ApiDocs.CURRENCY, example = "USD") String currency,
			@Schema(description = "The breakdown: month, provider, model, team, project or workload.",
					example = "month") String by,
			@Schema(description = "Everything converted" + ApiDocs.MONEY, example = "245000.00") String total,
			@Schema(description = "Spend per key of the breakdown.") List<SpendRow> rows,
			@Schema(description = "Amounts left out for want of an ECB rate: ISO 4217 code to amount in that currency (decimal string).") Map<String, String> unconverted,
			@Schema(description = "Tokens over the period by class; the audio classes only where the usage has audio tokens.") List<TokenRow> tokens) {

	}

	/**
	 * @param from first day, ISO-8601; the first day with usage when absent
	 * @param to last day; the last day with usage when absent
	 * @param by month, provider, model, team, project or workload
	 * @param currency ISO-4217 code of the answer; the reporting currency when absent
	 */
	@GetMapping("/api/v1/usage/summary")
	SpendSummary summary(
			@Parameter(description = "First day" + ApiDocs.ISO_DATE + " The first day with usage when absent.",
					example = "2026-07-01") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Last day" + ApiDocs.ISO_DATE + " The last day with usage when absent.",
					example = "2026-10-31") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "Breakdown: month, provider, model, team, project or workload (default month).",
					example = "provider") @RequestParam(defaultValue = "month") String by,
			@Parameter(description = "ISO 4217 code of the answer; the reporting currency when absent.",
					example = "USD") @RequestParam(required = false) String currency) {
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
				this.rates.forPeriod(period.from(), period.to()));
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
		List<TokenRow> tokens = new ArrayList<>();
		this.spend.tokensByClass(period.from(), period.to(), SpendAnalysis.Scope.ALL).forEach((tokenClass, count) -> {
			if (count > 0 || !tokenClass.startsWith("audio")) {
				tokens.add(new TokenRow(tokenClass, count));
			}
		});
		return new SpendSummary(period.from(), period.to(), report.currency().getCurrencyCode(), by,
				money(report.total(), report.currency()), rows, unconverted, tokens);
	}

}
