package com.breakeven.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.breakeven.ingestion.UsageSummary;
import com.breakeven.simulator.shift.Recommendation;
import com.breakeven.web.guardrails.BudgetView;
import com.breakeven.web.recommendation.Recommendations;

/**
 * What the landing page leads with: the monthly saving available now and the moves that
 * make it (the recommendations page's answer to its default question), then the spend
 * they come from.
 *
 * @param usage what was imported: days and spend per currency
 * @param answer the recommendations with their defaults, {@code null} when no usage is
 * imported or the question could not be answered
 * @param whyNoAnswer why there is no answer when usage exists, else {@code null}
 * @param budgets every budget with where it stands
 * @param openAlerts alerts not yet acknowledged or muted
 * @param moves the moves that save most, best first, each as {@link MoveWords} says it
 * @param usageMonths months of usage a saving is judged on (the planning setting)
 * @param budgetsInEarlierMonth whether today's month has no usage yet, so that the
 * budgets stand in the latest month with usage
 */
record Landing(UsageSummary usage, Recommendations.Answer answer, String whyNoAnswer, List<BudgetView> budgets,
		long openAlerts, List<String> moves, int usageMonths, boolean budgetsInEarlierMonth) {

	/** How many moves the page names. */
	static final int TOP_MOVES = 3;

	/** The moves that save most, best first. */
	public List<Recommendation> topMoves() {
		return (this.answer != null) ? this.answer.topMoves(TOP_MOVES) : List.of();
	}

	/**
	 * @return whether the saving is judged on less than the usage imported (the last
	 * {@link #usageMonths()} months of it), so that the page says why its period is not
	 * the spend table's
	 */
	public boolean judgedOnLatestMonths() {
		return this.answer != null && this.answer.settings().from().isAfter(this.usage.firstDay());
	}

	/**
	 * @return spend per currency rounded half-up to each currency's minor unit, for
	 * display
	 */
	public Map<Currency, BigDecimal> spendRounded() {
		return this.usage.billedByCurrency()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> entry.getValue().setScale(entry.getKey().getDefaultFractionDigits(), RoundingMode.HALF_UP),
					(a, b) -> a, () -> new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode))));
	}

}
