package com.breakeven.tco;

import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/**
 * The engine's monthly formulas on their own, for callers that compose months themselves
 * (the simulator's projections): the same functions {@link TcoEngine#evaluate} uses, so a
 * projected month and an evaluated month agree to the cent.
 */
public final class Formulas {

	private Formulas() {
	}

	/** A month on an API: see {@link ApiCost#monthlyCost}. */
	public static ApiMonthlyCost apiMonthlyCost(ApiPricing pricing, Demand demand) {
		return ApiCost.monthlyCost(pricing, demand);
	}

	/** Whole nodes for a month's peak: see {@link CapacityPlanner#nodesRequired}. */
	public static Capacity nodesRequired(Demand demand, ThroughputMeasurement measurement, double targetUtilisation) {
		return CapacityPlanner.nodesRequired(demand, measurement, targetUtilisation);
	}

	/**
	 * Utilisation of {@code nodes} nodes serving a month's demand, at most 1: see
	 * {@link CapacityPlanner#utilisationPerToken}.
	 */
	public static double utilisation(Demand demand, ThroughputMeasurement measurement, int nodes) {
		return Math.min(1,
				CapacityPlanner.utilisationPerToken(demand, measurement) * demand.monthlyTotalTokens() / nodes);
	}

	/** A month of nodes on own GPUs: see {@link SelfHostedCost#monthlyCost}. */
	public static SelfHostedMonthlyCost selfHostedMonthlyCost(Node node, int nodes, double utilisation, Hosting hosting,
			Finance finance) {
		return SelfHostedCost.monthlyCost(node, nodes, utilisation, hosting, finance);
	}

}
