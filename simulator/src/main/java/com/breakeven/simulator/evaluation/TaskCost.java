package com.breakeven.simulator.evaluation;

import java.util.Currency;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;

/**
 * What an evaluation's answers cost at the price the one price rule resolved: the tokens
 * the server counted, priced as a workload is ({@link Formulas#apiMonthlyCost}, here over
 * the run instead of a month), <pre>
 * cost             = input tokens × input price + output tokens × output price
 * cost per task    = cost ÷ answered tasks
 * cost per correct = cost ÷ correct answers
 * </pre> A run without a correct answer has no cost per correct answer ({@code NaN}).
 *
 * @param currency currency of every amount
 * @param total the answers together
 * @param perTask per answered task
 * @param perCorrect per correct answer, {@code NaN} when none was correct
 */
public record TaskCost(Currency currency, double total, double perTask, double perCorrect) {

	/**
	 * @param pricing the seller's prices in the answer's currency, as the price rule
	 * resolved them
	 * @param inputTokens prompt tokens of the answered tasks, as the server counted them
	 * @param outputTokens completion tokens of the answered tasks
	 * @param answered tasks answered, at least 1
	 * @param correct answers scored correct
	 */
	public static TaskCost of(ApiPricing pricing, long inputTokens, long outputTokens, int answered, int correct) {
		if (answered < 1 || correct < 0 || correct > answered) {
			throw new IllegalArgumentException(
					"a task cost needs 0 <= correct <= answered and answered >= 1, was " + correct + " of " + answered);
		}
		double total = Formulas.apiMonthlyCost(pricing, new Demand(inputTokens, 0, outputTokens, 1)).total();
		return new TaskCost(pricing.currency(), total, total / answered, (correct > 0) ? total / correct : Double.NaN);
	}

	/** Whether any answer was correct, so that a cost per correct answer exists. */
	public boolean hasPerCorrect() {
		return !Double.isNaN(this.perCorrect);
	}

}
