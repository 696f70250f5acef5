package com.breakeven.web.usage;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.UsageReconciliation;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;

/**
 * The reconciliation page: per model and currency, what the invoice billed beside what
 * usage APIs and proxy logs estimated for the same traffic, never added, with the
 * difference; totals in the reporting currency at each day's ECB reference rate.
 */
@Controller
class ReconciliationController {

	private final UsageReconciliation reconciliation;

	private final UsageRepository usage;

	private final FxRates rates;

	private final Currency reportingCurrency;

	ReconciliationController(UsageReconciliation reconciliation, UsageRepository usage, FxRates rates,
			@Value("${breakeven.reporting-currency:USD}") String reportingCurrency) {
		this.reconciliation = reconciliation;
		this.usage = usage;
		this.rates = rates;
		this.reportingCurrency = Currency.getInstance(reportingCurrency);
	}

	@GetMapping("/usage/reconciliation")
	String reconciliation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency, Model model, HttpServletResponse response) {
		UsageSummary summary = this.usage.summary();
		LocalDate first = (from != null) ? from : summary.firstDay();
		LocalDate last = (to != null) ? to : summary.lastDay();
		Optional<Currency> reporting = (currency != null) ? currency(currency) : Optional.of(this.reportingCurrency);
		model.addAttribute("reporting", reporting.orElse(this.reportingCurrency));
		String error = null;
		if (reporting.isEmpty()) {
			error = "parameter 'currency' must be an ISO-4217 code such as USD or EUR, was '" + currency + "'";
		}
		else if (first != null && last != null && last.isBefore(first)) {
			error = "parameter 'to' (" + last + ") is before 'from' (" + first + ")";
		}
		if (error != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", error);
		}
		else if (first != null && last != null) {
			model.addAttribute("report", this.reconciliation.report(first, last, reporting.get(), this.rates::convert));
		}
		return "reconciliation";
	}

	private static Optional<Currency> currency(String code) {
		try {
			return Optional.of(Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
