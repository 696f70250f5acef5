package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.FxRates;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageReconciliation;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.web.ReportingPeriod;
import com.breakeven.web.export.Downloads;
import com.breakeven.web.export.Table;
import com.breakeven.web.guardrails.SpendGuardrails;

/**
 * The spend dashboard: spend by month (stacked by provider), provider, model, team and
 * project over a period, in a reporting currency; every table also as CSV.
 */
@Controller
class DashboardController {

	private static final int CHART_WIDTH = 960;

	private static final int CHART_HEIGHT = 380;

	private final SpendAnalysis spend;

	private final UsageRepository usage;

	private final FxRates rates;

	private final PriceChanges priceChanges;

	private final Currency reportingCurrency;

	private final SpendGuardrails guardrails;

	private final Clock clock;

	private final UsageReconciliation reconciliation;

	DashboardController(SpendAnalysis spend, UsageRepository usage, FxRates rates, PriceChanges priceChanges,
			PlanningSettings settings, SpendGuardrails guardrails, Clock clock, UsageReconciliation reconciliation) {
		this.reconciliation = reconciliation;
		this.guardrails = guardrails;
		this.clock = clock;
		this.spend = spend;
		this.usage = usage;
		this.rates = rates;
		this.priceChanges = priceChanges;
		this.reportingCurrency = settings.reportingCurrency();
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency, Model model, HttpServletResponse response) {
		ReportingPeriod period = period(from, to, currency);
		model.addAttribute("period", period);
		if (period.error() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (period.reportable()) {
			SpendAnalysis.SpendReport report = report(period);
			model.addAttribute("report", report);
			model.addAttribute("chart", SpendCharts.monthlyByProvider(report, CHART_WIDTH, CHART_HEIGHT));
			model.addAttribute("monthByProvider", DashboardTables.monthByProviderForPage(report));
			List<Breakdowns.Group> breakdowns = Breakdowns.of(report);
			// a breakdown whose rows are the top workloads' is shown once, as their table
			Breakdowns.Group workloads = breakdowns.stream()
				.filter(Breakdowns.Group::sameAsWorkloads)
				.findFirst()
				.orElse(null);
			model.addAttribute("workloadsGroup", workloads);
			model.addAttribute("breakdowns", breakdowns.stream().filter(group -> group != workloads).toList());
			// "billed" only where an invoice was imported: otherwise every amount is
			// usage
			// priced at list prices, and the page says so
			model.addAttribute("invoiced",
					this.reconciliation.between(period.from(), period.to())
						.stream()
						.anyMatch(line -> line.billed() != null));
			List<SpendGuardrails.PeriodForecast> forecasts = this.guardrails.monthAndQuarter(period.currency());
			model.addAttribute("forecasts", forecasts);
			model.addAttribute("forecastPeriods", forecastPeriods(forecasts, LocalDate.now(this.clock)));
			model.addAttribute("priceChanges",
					this.priceChanges.within(new ArrayList<>(report.byModel().keySet()), period.from(), period.to()));
		}
		return "dashboard";
	}

	/**
	 * One breakdown as CSV.
	 * @param by month, provider, model, team or project
	 */
	@GetMapping("/dashboard/spend.csv")
	ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "month") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency) {
		return export(by, from, to, currency, "csv", Downloads::csv);
	}

	/**
	 * One breakdown as an XLSX workbook, amounts as numbers.
	 * @param by month, provider, model, team or project
	 */
	@GetMapping("/dashboard/spend.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "month") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency) {
		return export(by, from, to, currency, "xlsx", Downloads::xlsx);
	}

	private ResponseEntity<byte[]> export(String by, LocalDate from, LocalDate to, String currency, String extension,
			BiFunction<Table, String, ResponseEntity<byte[]>> download) {
		ReportingPeriod period = period(from, to, currency);
		if (period.error() != null) {
			return Downloads.plain(HttpStatus.BAD_REQUEST, period.error());
		}
		if (!period.reportable()) {
			return Downloads.plain(HttpStatus.NOT_FOUND, "no usage imported yet");
		}
		SpendAnalysis.SpendReport report = report(period);
		Table table = switch (by) {
			case "month" -> DashboardTables.breakdown(by, report.byMonth(), report.currency());
			case "provider" -> DashboardTables.breakdown(by, report.byProvider(), report.currency());
			case "model" -> DashboardTables.breakdown(by, report.byModel(), report.currency());
			case "team" -> DashboardTables.breakdown(by, report.byTeam(), report.currency());
			case "project" -> DashboardTables.breakdown(by, report.byProject(), report.currency());
			case "month-provider" -> DashboardTables.monthByProvider(report);
			case "workload" -> DashboardTables.workloads(report);
			case "price-changes" -> DashboardTables.priceChanges(
					this.priceChanges.within(new ArrayList<>(report.byModel().keySet()), period.from(), period.to()));
			default -> null;
		};
		if (table == null) {
			return Downloads.plain(HttpStatus.BAD_REQUEST,
					"parameter 'by' must be one of " + String.join(", ", DashboardTables.NAMES) + ", was '" + by + "'");
		}
		return download.apply(table, "spend-by-" + by + "-" + period.from() + "-" + period.to() + "." + extension);
	}

	/**
	 * The forecast periods as the heading names them: "October 2026 (last month with
	 * usage) and 2026 Q4".
	 */
	static String forecastPeriods(List<SpendGuardrails.PeriodForecast> forecasts, LocalDate today) {
		return String.join(" and ", forecasts.stream().map(f -> f.named(today)).toList());
	}

	private ReportingPeriod period(LocalDate from, LocalDate to, String currency) {
		return ReportingPeriod.of(from, to, currency, this.usage.days(), this.reportingCurrency);
	}

	private SpendAnalysis.SpendReport report(ReportingPeriod period) {
		return this.spend.report(period.from(), period.to(), period.currency(),
				this.rates.forPeriod(period.from(), period.to()));
	}

}
