package com.breakeven.simulator.planning;

import java.util.List;

import com.breakeven.tco.ModelSpec;
import com.breakeven.tco.ThroughputMeasurement;

/**
 * A scenario's question resolved once against the catalogue, everything in the answer's
 * currency: compared by value, so two runs from the same catalogue rows are the same.
 *
 * @param current what the workload pays today
 * @param alternative what the alternative API model would cost
 * @param node the node own hardware is bought as, converted to the answer's currency
 * @param site where it is hosted, converted likewise
 * @param servedModel the open model's architecture
 * @param measurements throughput of the open model on the node's GPU, per node
 */
public record ResolvedScenario(ResolvedPrice current, ResolvedPrice alternative, CatalogueNode node, CatalogueSite site,
		ModelSpec servedModel, List<ThroughputMeasurement> measurements) {

	public ResolvedScenario {
		measurements = List.copyOf(measurements);
	}

}
