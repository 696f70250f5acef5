package com.breakeven.simulator.guardrails;

import java.util.List;
import java.util.Optional;

/**
 * Where a budget stands in its period: the highest of its thresholds that the actual
 * spend has reached, and the highest that the forecast spend will reach. <pre>
 * reached by the actual   ⇔ actual to date ≥ budget × threshold ÷ 100
 * reached by the forecast ⇔ expected period spend ≥ budget × threshold ÷ 100
 * </pre> Only the highest threshold reached is reported: a late import that carries the
 * spend past 50, 80 and 100 % at once is one crossing, of 100 %.
 *
 * @param budget the period's budget, positive, in the currency of the spend
 * @param actual spend to date
 * @param forecast the period's forecast, when the history allows one
 * @param actualThreshold the highest threshold (percent) the actual reached, 0 for none
 * @param forecastThreshold the highest threshold (percent) the forecast reaches, 0 for
 * none
 * @param state the budget's state in words a person acts on
 */
public record BudgetStatus(double budget, double actual, Optional<SpendForecast> forecast, int actualThreshold,
		int forecastThreshold, State state) {

	/** Thresholds when the budget names none, in percent of the budget. */
	public static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);

	/** A budget's state. */
	public enum State {

		/** Neither the actual nor the forecast reaches the budget. */
		ON_TRACK,

		/** The forecast reaches the budget before the period ends. */
		AT_RISK,

		/** The actual spend has reached the budget. */
		OVER

	}

	/**
	 * @param budget the period's budget, positive and finite
	 * @param thresholds thresholds in percent of the budget, each 1 to 1,000
	 * @param actual spend to date
	 * @param forecast the period's forecast, if any
	 */
	public static BudgetStatus of(double budget, List<Integer> thresholds, double actual,
			Optional<SpendForecast> forecast) {
		if (!(budget > 0) || !Double.isFinite(budget)) {
			throw new IllegalArgumentException("a budget must be a positive amount, was " + budget);
		}
		for (int threshold : thresholds) {
			if (threshold < 1 || threshold > 1000) {
				throw new IllegalArgumentException("a threshold is 1 to 1,000 % of the budget, was " + threshold);
			}
		}
		int actualThreshold = highestReached(budget, thresholds, actual);
		int forecastThreshold = forecast.map((expected) -> highestReached(budget, thresholds, expected.expected()))
			.orElse(0);
		State state = (actual >= budget) ? State.OVER
				: forecast.filter((expected) -> expected.expected() >= budget).isPresent() ? State.AT_RISK
						: State.ON_TRACK;
		return new BudgetStatus(budget, actual, forecast, actualThreshold, forecastThreshold, state);
	}

	private static int highestReached(double budget, List<Integer> thresholds, double spend) {
		int highest = 0;
		for (int threshold : thresholds) {
			if (spend >= budget * threshold / 100.0) {
				highest = Math.max(highest, threshold);
			}
		}
		return highest;
	}

	/** Spend to date in percent of the budget. */
	public double actualPercent() {
		return this.actual / this.budget * 100;
	}

	/**
	 * The forecast's expected period spend in percent of the budget, when there is one.
	 */
	public Optional<Double> forecastPercent() {
		return this.forecast.map((expected) -> expected.expected() / this.budget * 100);
	}

}
