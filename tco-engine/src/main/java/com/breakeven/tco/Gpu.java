package com.breakeven.tco;

/**
 * One accelerator. Money is in the scenario's currency.
 *
 * @param name e.g. "H100 SXM5 80GB"
 * @param memoryGb on-board memory, GB (10^9 bytes)
 * @param tdpWatts board power at full load, W
 * @param idleWatts board power when idle, W
 * @param unitPrice purchase price of one GPU
 */
public record Gpu(String name, double memoryGb, double tdpWatts, double idleWatts, double unitPrice) {

	public Gpu {
		Require.notNull("name", name);
		Require.positive("memoryGb", memoryGb);
		Require.positive("tdpWatts", tdpWatts);
		Require.nonNegative("idleWatts", idleWatts);
		if (idleWatts > tdpWatts) {
			throw new IllegalArgumentException("idleWatts must be <= tdpWatts " + tdpWatts + ", was " + idleWatts);
		}
		Require.nonNegative("unitPrice", unitPrice);
	}

}
