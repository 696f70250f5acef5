package com.breakeven.simulator.projection;

/**
 * One strategy's cash out, month 0 (before the first month: up-front purchases) to the
 * horizon, line by line. Salvage (the residual value of nodes retired at the end of their
 * life) is cash in, so it is negative. The book value of nodes still serving at the
 * horizon is kept apart: it counts in the total cost and the NPV (as the engine counts
 * it), not in the monthly cash that payback is read from.
 *
 * @param strategy the strategy
 * @param hardware nodes bought (capex)
 * @param api API bills
 * @param rental GPU rental
 * @param power electricity, PUE included
 * @param colocation space and provisioned power
 * @param staff operations staff
 * @param support support contracts
 * @param software licences
 * @param salvage residual value of retired nodes (negative)
 * @param nodesInService owned or rented nodes serving each month
 * @param bookValueAtEnd straight-line book value of the nodes serving at the horizon
 */
public record StrategyProjection(Strategy strategy, double[] hardware, double[] api, double[] rental, double[] power,
		double[] colocation, double[] staff, double[] support, double[] software, double[] salvage,
		int[] nodesInService, double bookValueAtEnd) {

	/** Months projected. */
	public int horizonMonths() {
		return this.api.length - 1;
	}

	/** Hardware bought less salvage received in a month: its capital cash. */
	public double capitalIn(int month) {
		return this.hardware[month] + this.salvage[month];
	}

	/** Every line but hardware and salvage in a month: its running cost. */
	public double runningCostIn(int month) {
		return this.api[month] + this.rental[month] + this.power[month] + this.colocation[month] + this.staff[month]
				+ this.support[month] + this.software[month];
	}

	/** All lines of a month. */
	public double totalIn(int month) {
		return capitalIn(month) + runningCostIn(month);
	}

	/** Month 0 … horizon totals. */
	public double[] monthlyTotals() {
		double[] totals = new double[this.api.length];
		for (int month = 0; month < totals.length; month++) {
			totals[month] = totalIn(month);
		}
		return totals;
	}

	/** Running sum of the monthly totals, month 0 … horizon. */
	public double[] cumulative() {
		double[] sums = monthlyTotals();
		for (int month = 1; month < sums.length; month++) {
			sums[month] += sums[month - 1];
		}
		return sums;
	}

	/**
	 * Everything spent over the horizon, salvage and the book value at the end deducted.
	 */
	public double totalCost() {
		double[] sums = cumulative();
		return sums[sums.length - 1] - this.bookValueAtEnd;
	}

}
