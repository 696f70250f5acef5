package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.web.ReportingPeriod;

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

	private final Currency reportingCurrency;

	DashboardController(SpendAnalysis spend, UsageRepository usage, FxRates rates,
			@Value("${breakeven.reporting-currency:USD}") String reportingCurrency) {
		this.spend = spend;
		this.usage = usage;
		this.rates = rates;
		this.reportingCurrency = Currency.getInstance(reportingCurrency);
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
		}
		return "dashboard";
	}

	/**
	 * One breakdown as CSV.
	 * @param by month, provider, model, team or project
	 */
	@GetMapping("/dashboard/spend.csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "month") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency) {
		ReportingPeriod period = period(from, to, currency);
		if (period.error() != null) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(period.error() + "\n");
		}
		if (!period.reportable()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body("no usage imported yet\n");
		}
		SpendAnalysis.SpendReport report = report(period);
		Map<?, BigDecimal> breakdown = switch (by) {
			case "month" -> report.byMonth();
			case "provider" -> report.byProvider();
			case "model" -> report.byModel();
			case "team" -> report.byTeam();
			case "project" -> report.byProject();
			default -> null;
		};
		if (breakdown == null) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("parameter 'by' must be month, provider, model, team or project, was '" + by + "'\n");
		}
		String unit = "spend (" + report.currency().getCurrencyCode() + ")";
		List<List<Object>> rows = new ArrayList<>();
		int digits = report.currency().getDefaultFractionDigits();
		breakdown
			.forEach((key, amount) -> rows.add(List.of(key.toString(), amount.setScale(digits, RoundingMode.HALF_UP))));
		String file = "spend-by-" + by + "-" + period.from() + "-" + period.to() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(CsvExport.write(List.of(by, unit), rows));
	}

	private ReportingPeriod period(LocalDate from, LocalDate to, String currency) {
		return ReportingPeriod.of(from, to, currency, this.usage.summary(), this.reportingCurrency);
	}

	private SpendAnalysis.SpendReport report(ReportingPeriod period) {
		return this.spend.report(period.from(), period.to(), period.currency(), this.rates::convert);
	}

}
