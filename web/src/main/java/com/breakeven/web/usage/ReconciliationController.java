package com.breakeven.web.usage;

import java.time.LocalDate;
import java.util.Currency;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.breakeven.ingestion.FxRates;
import com.breakeven.web.planning.PlanningSettings;
import com.breakeven.ingestion.UsageReconciliation;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.web.ReportingPeriod;

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
			PlanningSettings settings) {
		this.reconciliation = reconciliation;
		this.usage = usage;
		this.rates = rates;
		this.reportingCurrency = settings.reportingCurrency();
	}

	@GetMapping("/usage/reconciliation")
	String reconciliation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String currency, Model model, HttpServletResponse response) {
		ReportingPeriod period = ReportingPeriod.of(from, to, currency, this.usage.summary(), this.reportingCurrency);
		model.addAttribute("reporting", period.currency());
		if (period.error() != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", period.error());
		}
		else if (period.reportable()) {
			model.addAttribute("report",
					this.reconciliation.report(period.from(), period.to(), period.currency(), this.rates::convert));
		}
		return "reconciliation";
	}

}
