package com.breakeven.simulator.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The strategies of one projection side by side, with what a decision needs: each one's
 * payback month and net present value against staying on the current API, and the month
 * the cheapest strategy (by cumulative cost) changes.
 *
 * @param inputs what was projected
 * @param byStrategy each strategy's monthly lines
 */
public record Projection(ProjectionInputs inputs, Map<Strategy, StrategyProjection> byStrategy) {

	public Projection {
		byStrategy = Collections.unmodifiableMap(new EnumMap<>(byStrategy));
	}

	public StrategyProjection of(Strategy strategy) {
		StrategyProjection projection = this.byStrategy.get(strategy);
		if (projection == null) {
			throw new IllegalArgumentException(strategy + " was not projected (rented GPUs need an hourly price)");
		}
		return projection;
	}

	/**
	 * The first month whose cumulative cost is at or below staying on the current API,
	 * and stays so to the horizon; empty when it never does.
	 */
	public OptionalInt paybackMonth(Strategy strategy) {
		double[] baseline = of(Strategy.ALL_API).cumulative();
		double[] cumulative = of(strategy).cumulative();
		int payback = -1;
		for (int month = baseline.length - 1; month >= 1; month--) {
			if (cumulative[month] <= baseline[month] + 1e-9) {
				payback = month;
			}
			else {
				break;
			}
		}
		return (payback > 0) ? OptionalInt.of(payback) : OptionalInt.empty();
	}

	/**
	 * Net present value of choosing the strategy instead of staying on the current API:
	 * the present value of what the current API would cost minus that of the strategy, at
	 * the cost of capital.
	 */
	public double npvAgainstCurrentApi(Strategy strategy) {
		double rate = this.inputs.monthlyDiscountRate();
		return of(Strategy.ALL_API).presentCost(rate) - of(strategy).presentCost(rate);
	}

	/** Strategies by cumulative cost at a month, cheapest first. */
	public List<Strategy> ranking(int month) {
		List<Strategy> order = new ArrayList<>(this.byStrategy.keySet());
		order.sort((a, b) -> Double.compare(of(a).cumulative()[month], of(b).cumulative()[month]));
		return order;
	}

	/**
	 * The first month in which the cheapest strategy by cumulative cost is not the one
	 * cheapest in month 1; empty when the lead never changes.
	 */
	public OptionalInt rankingChangeMonth() {
		Strategy first = ranking(1).get(0);
		for (int month = 2; month <= this.inputs.horizonMonths(); month++) {
			if (ranking(month).get(0) != first) {
				return OptionalInt.of(month);
			}
		}
		return OptionalInt.empty();
	}

}
