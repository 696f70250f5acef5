package com.breakeven.simulator.projection;

import java.util.Arrays;

/**
 * Owned nodes over a horizon: bought in whole nodes when demand outgrows the fleet (paid
 * {@code leadTime} months before their first month of service), replaced when they reach
 * the end of their life while still needed, never sold early. Pure: from the nodes each
 * month needs to what is bought, in service and retired when.
 *
 * @param bought nodes paid for in month 0 … horizon
 * @param inService nodes serving in month 0 … horizon (0 in month 0)
 * @param retired nodes reaching the end of their life in month 0 … horizon
 * @param bookValueAtEnd nodes' book value at the horizon's end, as a number of nodes'
 * capex (a node half-way through its life with residual r counts 1 − (1 − r) ÷ 2)
 */
public record Fleet(int[] bought, int[] inService, int[] retired, double bookValueAtEnd) {

	/**
	 * @param required nodes each month 1 … horizon needs (index 0 unused)
	 * @param lifeMonths months a node serves
	 * @param leadTimeMonths months between payment and first service
	 * @param residualFraction value left at the end of the life, as a fraction of capex
	 */
	public static Fleet plan(int[] required, int lifeMonths, int leadTimeMonths, double residualFraction) {
		int horizon = required.length - 1;
		int[] bought = new int[horizon + 1];
		int[] inService = new int[horizon + 1];
		int[] retired = new int[horizon + 1];
		double bookValue = plan(required, lifeMonths, leadTimeMonths, residualFraction, bought, inService, retired,
				new int[horizon + 1]);
		return new Fleet(bought, inService, retired, bookValue);
	}

	/**
	 * {@link #plan(int[], int, int, double)} into arrays the caller owns (a simulation
	 * reuses them trial after trial); every element of them is written.
	 * @param bought nodes paid for, month 0 … horizon (written)
	 * @param inService nodes serving (written)
	 * @param retired nodes reaching the end of their life (written)
	 * @param starting nodes whose first month of service is each month (written)
	 * @return the book value at the horizon's end, as a number of nodes' capex
	 */
	static double plan(int[] required, int lifeMonths, int leadTimeMonths, double residualFraction, int[] bought,
			int[] inService, int[] retired, int[] starting) {
		int horizon = required.length - 1;
		Arrays.fill(bought, 0);
		inService[0] = 0;
		retired[0] = 0;
		starting[0] = 0;
		int serving = 0;
		for (int month = 1; month <= horizon; month++) {
			retired[month] = 0;
			starting[month] = 0;
			int firstMonthOfRetiring = month - lifeMonths;
			if (firstMonthOfRetiring >= 1) {
				retired[month] = starting[firstMonthOfRetiring];
				serving -= retired[month];
			}
			if (required[month] > serving) {
				int added = required[month] - serving;
				starting[month] = added;
				bought[Math.max(0, month - leadTimeMonths - 1)] += added;
				serving = required[month];
			}
			inService[month] = serving;
		}
		double bookValue = 0;
		for (int start = Math.max(1, horizon - lifeMonths + 1); start <= horizon; start++) {
			// months served by the end of the horizon, of lifeMonths
			int served = horizon - start + 1;
			bookValue += starting[start] * (1 - (1 - residualFraction) * served / lifeMonths);
		}
		return bookValue;
	}

}
