package com.breakeven.web;

import java.util.List;

import org.springframework.stereotype.Service;

import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.UsageSummary;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.web.guardrails.AlertService;
import com.breakeven.web.guardrails.BudgetService;
import com.breakeven.web.planning.PlanningSettings;
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

	private final ModelRepository models;

	private final int usageMonths;

	LandingService(UsageRepository usage, Recommendations recommendations, BudgetService budgets, AlertService alerts,
			ModelRepository models, PlanningSettings planning) {
		this.usageMonths = planning.usageMonths();
		this.models = models;
		this.usage = usage;
		this.recommendations = recommendations;
		this.budgets = budgets;
		this.alerts = alerts;
	}

	Landing landing() {
		UsageSummary summary = this.usage.summary();
		var budgets = this.budgets.all();
		long open = this.alerts.openCount();
		boolean earlierMonth = this.budgets.monthWithoutUsage().isPresent();
		if (summary.rows() == 0) {
			return new Landing(summary, null, null, budgets, open, List.of(), this.usageMonths, earlierMonth);
		}
		try {
			Recommendations.Answer answer = this.recommendations.advise(Recommendations.DEFAULTS).orElse(null);
			List<String> moves = (answer == null) ? List.of()
					: answer.topMoves(Landing.TOP_MOVES).stream().map(this::sentence).toList();
			return new Landing(summary, answer, null, budgets, open, moves, this.usageMonths, earlierMonth);
		}
		catch (IllegalArgumentException ex) {
			return new Landing(summary, null, ex.getMessage(), budgets, open, List.of(), this.usageMonths,
					earlierMonth);
		}
	}

	/** The move with its models by their catalogue names ("GPT-4o"). */
	private String sentence(Recommendation move) {
		return MoveWords.sentence(move, MoveWords.displayNames(this.models::resolve));
	}

}
