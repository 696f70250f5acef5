package com.breakeven.web.guardrails;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.simulator.guardrails.BudgetPeriod;

/**
 * A budget: an amount per calendar period for a scope of usage.
 *
 * @param id the stored id, {@code null} before it is stored
 * @param name a name people recognise, unique
 * @param scope the usage it covers
 * @param period month, quarter or year
 * @param amount the amount per period, positive
 * @param currency the amount's currency; spend in others is converted at ECB rates
 * @param thresholds percent of the amount at which the actual and the forecast spend
 * alert
 */
public record Budget(Long id, String name, SpendAnalysis.Scope scope, BudgetPeriod period, BigDecimal amount,
		Currency currency, List<Integer> thresholds) {

	public Budget {
		thresholds = List.copyOf(thresholds);
	}

	/**
	 * The scope in words: "all usage", "team legal", "workload helpdesk on
	 * openai/gpt-4o".
	 */
	public String scopeInWords() {
		return this.scope.inWords();
	}

}
