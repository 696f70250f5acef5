package com.breakeven.simulator.projection;

import java.util.Currency;

import com.breakeven.tco.BreakEven;
import com.breakeven.tco.Irr;
import com.breakeven.tco.Payback;

/**
 * What a decision needs about one strategy of a projection, each measure computed once,
 * by {@link Projection#measures(Strategy)}. Money is in {@code currency}; "the current
 * API" is {@link Strategy#ALL_API}, the baseline every move is measured against.
 *
 * @param strategy the strategy
 * @param currency currency of every amount
 * @param upfrontCapex hardware paid before the first month (month 0)
 * @param capex hardware paid over the horizon, month 0 … horizon: Σ hardware_t (refreshes
 * and growth included; 0 for API and rented strategies)
 * @param opexMonth the first full month of operation: the first month with nodes in
 * service for owned and rented strategies (after the lead time), else month 1
 * @param monthlyOpex everything but hardware and salvage in {@code opexMonth}: API bills,
 * rental, power, colocation, staff, support, software
 * @param costPerMillionTokens total cost over the horizon (salvage and the book value at
 * the end deducted) ÷ millions of tokens served over the horizon (months 1 … horizon);
 * {@code NaN} when no tokens are served
 * @param npv Σ_t (current API_t − strategy_t) ÷ (1 + r)^t for t = 0 … horizon, the book
 * value at the end added to the last month, r the monthly cost of capital: what the move
 * is worth today against staying on the current API (0 for the current API itself)
 * @param irr the monthly rate (and its annual equivalent) at which those same savings
 * flows have zero NPV, or undefined with the reason (no sign change: nothing invested, or
 * never saving)
 * @param payback the month cumulative savings against the current API cover what the move
 * cost and stay covered, or never with the reason (opex alone exceeds the API bill, not
 * within the horizon, not a move)
 * @param breakEvenVsCurrentApi the monthly volume, in today's token mix and at today's
 * prices, from which this strategy stays no dearer than all on the current API, node
 * steps included; never with the reason for API strategies (no hardware: no volume
 * separates two linear costs)
 * @param breakEvenVsCheapestApi the same against all on the cheapest adequate API
 */
public record StrategyMeasures(Strategy strategy, Currency currency, double upfrontCapex, double capex, int opexMonth,
		double monthlyOpex, double costPerMillionTokens, double npv, Irr irr, Payback payback,
		BreakEven breakEvenVsCurrentApi, BreakEven breakEvenVsCheapestApi) {

	public StrategyMeasures {
		if (strategy == null || currency == null || irr == null || payback == null || breakEvenVsCurrentApi == null
				|| breakEvenVsCheapestApi == null) {
			throw new IllegalArgumentException(
					"strategy, currency, irr, payback and both break-evens must not be null");
		}
		if (opexMonth < 1) {
			throw new IllegalArgumentException("opexMonth must be >= 1, was " + opexMonth);
		}
	}

}
