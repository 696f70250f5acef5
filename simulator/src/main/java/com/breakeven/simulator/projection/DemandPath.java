package com.breakeven.simulator.projection;

import java.util.Arrays;

import com.breakeven.tco.Demand;

/**
 * How a workload's monthly tokens move: a steady growth rate, or a series of multipliers
 * of today's volume (one per month, the last one held when the horizon is longer).
 *
 * @param today this month's demand
 * @param growthPerMonth compound growth per month (0.03 = 3 %), used without a series
 * @param multipliers month 1, 2, … volume as a multiple of today's, or {@code null}
 */
public record DemandPath(Demand today, double growthPerMonth, double[] multipliers) {

	public DemandPath {
		if (today == null) {
			throw new IllegalArgumentException("today's demand is required");
		}
		if (!(growthPerMonth > -1)) {
			throw new IllegalArgumentException("growthPerMonth must be > -1, was " + growthPerMonth);
		}
		if (multipliers != null) {
			multipliers = multipliers.clone();
			if (multipliers.length == 0 || Arrays.stream(multipliers).anyMatch(m -> !(m >= 0))) {
				throw new IllegalArgumentException("a demand series needs at least one multiplier, each >= 0");
			}
		}
	}

	public static DemandPath growing(Demand today, double growthPerMonth) {
		return new DemandPath(today, growthPerMonth, null);
	}

	@Override
	public double[] multipliers() {
		return (this.multipliers != null) ? this.multipliers.clone() : null;
	}

}
