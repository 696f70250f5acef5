package com.breakeven.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

	private final PriceChanges priceChanges;

	private final Currency reportingCurrency;

	DashboardController(SpendAnalysis spend, UsageRepository usage, FxRates rates, PriceChanges priceChanges,
			@Value("${breakeven.reporting-currency:USD}") String reportingCurrency) {
		this.spend = spend;
		this.usage = usage;
		this.rates = rates;
		this.priceChanges = priceChanges;
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
		return export(by, from, to, currency, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				table -> CsvExport.write(table.header(), table.rows()).getBytes(StandardCharsets.UTF_8));
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
		return export(by, from, to, currency, "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				table -> XlsxExport.write("Spend by " + by, table.header(), table.rows(), table.decimals()));
	}

	/** A breakdown as a table: its header, its rows, the currency's decimals. */
	private record Table(List<String> header, List<List<Object>> rows, int decimals) {

	}

	private ResponseEntity<byte[]> export(String by, LocalDate from, LocalDate to, String currency, String extension,
			MediaType type, Function<Table, byte[]> writer) {
		ReportingPeriod period = period(from, to, currency);
		if (period.error() != null) {
			return plain(HttpStatus.BAD_REQUEST, period.error());
		}
		if (!period.reportable()) {
			return plain(HttpStatus.NOT_FOUND, "no usage imported yet");
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
			return plain(HttpStatus.BAD_REQUEST,
					"parameter 'by' must be month, provider, model, team or project, was '" + by + "'");
		}
		int digits = report.currency().getDefaultFractionDigits();
		List<List<Object>> rows = new ArrayList<>();
		breakdown
			.forEach((key, amount) -> rows.add(List.of(key.toString(), amount.setScale(digits, RoundingMode.HALF_UP))));
		Table table = new Table(List.of(by, "spend (" + report.currency().getCurrencyCode() + ")"), rows, digits);
		String file = "spend-by-" + by + "-" + period.from() + "-" + period.to() + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.contentType(type)
			.body(writer.apply(table));
	}

	private static ResponseEntity<byte[]> plain(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body((message + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private ReportingPeriod period(LocalDate from, LocalDate to, String currency) {
		return ReportingPeriod.of(from, to, currency, this.usage.summary(), this.reportingCurrency);
	}

	private SpendAnalysis.SpendReport report(ReportingPeriod period) {
		return this.spend.report(period.from(), period.to(), period.currency(), this.rates::convert);
	}

}
