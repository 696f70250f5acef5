package com.breakeven.tco;

import java.util.List;

/**
 * Everything the engine needs to compare one workload on an API with the same workload on
 * own GPUs, resolved to canonical units and the one currency of
 * {@link Finance#currency()}.
 *
 * @param api the API's prices (in the scenario's currency)
 * @param demand the workload's monthly tokens
 * @param slo its latency limits, {@link LatencySlo#NONE} for none
 * @param node the node it would run on
 * @param measurements throughput of the model on that node, per node, at one or more
 * concurrencies and precisions; only those at {@code precision} size the nodes
 * @param hosting site and staff costs
 * @param finance life, residual value, cost of capital, horizon, currency
 * @param model the model's architecture
 * @param precision the weight precision it runs at
 * @param targetUtilisation highest share of measured throughput to plan on at peak, in
 * (0, 1]
 */
public record Scenario(ApiPricing api, Demand demand, LatencySlo slo, Node node,
		List<ThroughputMeasurement> measurements, Hosting hosting, Finance finance, ModelSpec model,
		Precision precision, double targetUtilisation) {

	public Scenario {
		Require.notNull("api", api);
		Require.notNull("demand", demand);
		Require.notNull("slo", slo);
		Require.notNull("node", node);
		measurements = List.copyOf(Require.notNull("measurements", measurements));
		Require.notNull("hosting", hosting);
		Require.notNull("finance", finance);
		Require.notNull("model", model);
		Require.notNull("precision", precision);
		Require.positive("targetUtilisation", targetUtilisation);
		Require.fraction("targetUtilisation", targetUtilisation);
		if (!api.currency().equals(finance.currency())) {
			throw new IllegalArgumentException("api.currency must be the scenario currency " + finance.currency()
					+ ", was " + api.currency() + " (convert prices before building the scenario)");
		}
	}

}
