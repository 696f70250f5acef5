package com.breakeven.simulator.projection;

import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * Owned (or rented) GPU nodes serving the workload.
 *
 * @param node the node bought
 * @param measurement the throughput a node serves (the engine's pick for the SLO)
 * @param hosting where it runs and who runs it
 * @param targetUtilisation peak utilisation nodes are sized for, in (0, 1]
 * @param lifeMonths months a node serves before it is refreshed
 * @param residualFraction value of a node at the end of its life, a fraction of capex
 * @param leadTimeMonths months between ordering (paying for) a node and its first month
 * of service
 * @param powerPriceChangePerYear change of the electricity price per year (0.05 = 5 %
 * dearer each year)
 * @param rentedGpuHourly price of a rented GPU per hour, for the rented strategy, or
 * {@code NaN} when not offered
 */
public record OwnHardware(Node node, ThroughputMeasurement measurement, Hosting hosting, double targetUtilisation,
		int lifeMonths, double residualFraction, int leadTimeMonths, double powerPriceChangePerYear,
		double rentedGpuHourly) {

	public OwnHardware {
		if (node == null || measurement == null || hosting == null) {
			throw new IllegalArgumentException("own hardware needs a node, a measurement and hosting");
		}
		if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
			throw new IllegalArgumentException("targetUtilisation must be in (0, 1], was " + targetUtilisation);
		}
		if (lifeMonths < 1 || leadTimeMonths < 0) {
			throw new IllegalArgumentException(
					"lifeMonths must be >= 1 and leadTimeMonths >= 0, were " + lifeMonths + " and " + leadTimeMonths);
		}
		if (!(residualFraction >= 0 && residualFraction < 1)) {
			throw new IllegalArgumentException("residualFraction must be in [0, 1), was " + residualFraction);
		}
		if (!(powerPriceChangePerYear > -1)) {
			throw new IllegalArgumentException("powerPriceChangePerYear must be > -1, was " + powerPriceChangePerYear);
		}
		if (!Double.isNaN(rentedGpuHourly) && !(rentedGpuHourly >= 0)) {
			throw new IllegalArgumentException("rentedGpuHourly must be >= 0 (or NaN), was " + rentedGpuHourly);
		}
	}

}
