package com.breakeven.web;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.web.guardrails.AlertService;
import com.breakeven.web.guardrails.BudgetService;
import com.breakeven.web.recommendation.Recommendations;

/**
 * The landing page's answer: the recommendations' default question, asked as the page
 * asks it.
 */
@Service
class LandingService {

	private final UsageRepository usage;

	private final Recommendations recommendations;

	private final BudgetService budgets;

	private final AlertService alerts;

	LandingService(UsageRepository usage, Recommendations recommendations, BudgetService budgets, AlertService alerts) {
		this.usage = usage;
		this.recommendations = recommendations;
		this.budgets = budgets;
		this.alerts = alerts;
	}

	Landing landing() {
		UsageSummary summary = this.usage.summary();
		var budgets = this.budgets.all();
		long open = this.alerts.openCount();
		if (summary.rows() == 0) {
			return new Landing(summary, null, null, budgets, open);
		}
		try {
			return new Landing(summary, this.recommendations.advise(Recommendations.DEFAULTS).orElse(null), null,
					budgets, open);
		}
		catch (IllegalArgumentException ex) {
			return new Landing(summary, null, ex.getMessage(), budgets, open);
		}
	}

}
