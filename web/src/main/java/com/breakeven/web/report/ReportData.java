package com.breakeven.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.breakeven.web.dashboard.PriceChanges;

/**
 * Everything one report says, computed once and rendered to PDF, HTML and CSV alike.
 * Amounts are in {@code currency}, rounded to its minor unit.
 *
 * @param previousTotal the period before, same length and scope
 * @param budget the period's budget, {@code null} for none
 * @param trend spend per month over the six months to the period's end
 * @param unitCosts spend per million tokens per model, this period and the one before
 * @param unconverted amounts left out for want of an exchange rate, per currency
 */
public record ReportData(String name, String scope, ReportPeriod period, ReportPeriod previous, String currency,
		Instant generatedAt, BigDecimal total, BigDecimal previousTotal, BigDecimal budget, List<Share> byProvider,
		List<Share> byModel, List<Share> byTeam, Map<YearMonth, BigDecimal> trend, List<UnitCost> unitCosts,
		List<PriceChanges.Change> priceChanges, List<Move> recommendations, List<ScenarioStatus> scenarios,
		Map<String, BigDecimal> unconverted) {

	/**
	 * @param percent of the period's total
	 */
	public record Share(String name, BigDecimal amount, BigDecimal percent) {

	}

	/**
	 * @param perMillionTokens spend over tokens, per million; {@code null} without tokens
	 * @param previousPerMillionTokens the same for the period before
	 */
	public record UnitCost(String model, long tokens, BigDecimal amount, BigDecimal perMillionTokens,
			BigDecimal previousPerMillionTokens) {

	}

	/**
	 * @param from where the workload runs, as the advice states it ("openai/gpt-4o at
	 * openai"), kept so in the CSV
	 * @param monthlySaving in the move's own currency
	 * @param fromWords where it runs, in words ("GPT-4o at OpenAI")
	 * @param toWords where it moves, in words ("gpt-oss-20b at Darkbloom")
	 * @param sentence the move in one sentence, as the home page states it
	 * ({@link com.breakeven.web.MoveWords})
	 */
	public record Move(String workload, String from, String to, BigDecimal monthlySaving, String currency,
			String reason, String fromWords, String toWords, String sentence) {

	}

	/**
	 * @param expectedMonthlyOutputTokens what the scenario assumes
	 * @param actualMonthlyOutputTokens the workload's output tokens a month in the
	 * period, {@code null} when the scenario names no workload or it had no usage
	 * @param paybackMonth the self-hosted payback month the scenario computes,
	 * {@code null} when not within its horizon or it cannot run
	 * @param currency the scenario's currency, {@code null} when it cannot run
	 * @param selfHosted self-hosting's measures as the scenario computes them,
	 * {@code null} when it cannot run
	 */
	public record ScenarioStatus(String name, String workload, double expectedMonthlyOutputTokens,
			Double actualMonthlyOutputTokens, Integer paybackMonth, long monthsSinceSaved, String note, String currency,
			SelfHosted selfHosted) {

	}

	/**
	 * Self-hosting's measures in a saved scenario, as its result page shows them.
	 *
	 * @param capex hardware bought over the horizon
	 * @param npv against staying on the current API, at the cost of capital
	 * @param irr the savings' internal rate of return, in words
	 * @param costPerMillionTokens horizon cost per million tokens served
	 * @param breakEven the volume from which it stays no dearer than the current API, in
	 * words
	 */
	public record SelfHosted(BigDecimal capex, BigDecimal npv, String irr, BigDecimal costPerMillionTokens,
			String breakEven) {

	}

	/** The change against the period before, in percent; {@code null} from nothing. */
	public BigDecimal changePercent() {
		if (this.previousTotal.signum() == 0) {
			return null;
		}
		return this.total.subtract(this.previousTotal)
			.multiply(BigDecimal.valueOf(100))
			.divide(this.previousTotal, 1, java.math.RoundingMode.HALF_UP);
	}

	/** Spend over budget (negative: under), {@code null} without a budget. */
	public BigDecimal overBudget() {
		return (this.budget != null) ? this.total.subtract(this.budget) : null;
	}

}
