package com.breakeven.tco.breakeven;

import java.util.Locale;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.Require;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.Units;
import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/** Monthly volumes at which own GPUs and the API cost the same. */
public final class BreakEvenVolume {

	/**
	 * Beyond this many nodes the search stops; a deployment that size is a different
	 * decision.
	 */
	private static final int MAX_NODES = 100_000;

	private BreakEvenVolume() {
	}

	/**
	 * The smallest monthly volume, in the workload's token mix, from which own GPUs cost
	 * no more than the API.
	 * <p>
	 * With n nodes, the self-hosted month costs F(n) + B × V: F(n) is everything at idle
	 * (capital, colocation, staff, support, software, idle power) and B × V the power
	 * that utilisation adds, linear in the volume V and the same for any n. The API costs
	 * a × V. So on n nodes the costs meet at V = F(n) ÷ (a − B), which counts only if n
	 * nodes can serve it: V ≤ Vmax(n). The first n where that holds gives the answer.
	 * @return the volume and the nodes it needs, or never with the reason
	 */
	public static BreakEven monthlyVolume(ApiPricing pricing, Demand mix, Node node, ThroughputMeasurement measurement,
			double targetUtilisation, Hosting hosting, Finance finance) {
		double apiPerToken = ApiCost.blendedPricePerToken(pricing, mix);
		double powerPerToken = powerCostPerToken(mix, node, measurement, hosting);
		if (apiPerToken <= powerPerToken) {
			return new BreakEven.Never(String.format(Locale.ROOT,
					"the electricity alone for a million tokens (%,.4f) costs at least the API price (%,.4f)",
					powerPerToken * Units.TOKENS_PER_MILLION, apiPerToken * Units.TOKENS_PER_MILLION));
		}
		double marginPerToken = apiPerToken - powerPerToken;
		double capacityPerNode = CapacityPlanner.maxMonthlyTokens(1, mix, measurement, targetUtilisation);
		double fixedPerNodeAtScale = fixedCostPerNodeAtScale(node, hosting, finance);
		if (fixedPerNodeAtScale / marginPerToken > capacityPerNode) {
			double fullNodeCostPerMillion = (fixedPerNodeAtScale + powerPerToken * capacityPerNode) / capacityPerNode
					* Units.TOKENS_PER_MILLION;
			return new BreakEven.Never(String.format(Locale.ROOT,
					"even at the most one node serves (%.0f %% of its throughput at peak), it costs %,.4f per million"
							+ " tokens, more than the API's %,.4f",
					100 * targetUtilisation, fullNodeCostPerMillion, apiPerToken * Units.TOKENS_PER_MILLION));
		}
		for (int nodes = 1; nodes <= MAX_NODES; nodes++) {
			double fixed = SelfHostedCost.monthlyCost(node, nodes, 0, hosting, finance).total();
			double volume = fixed / marginPerToken;
			if (volume <= capacityPerNode * nodes) {
				return new BreakEven.AtVolume(volume, nodes);
			}
		}
		return new BreakEven.Never("no deployment of up to " + MAX_NODES + " nodes costs less than the API");
	}

	/**
	 * The monthly volume at which a deployment pays back within a number of months
	 * against a blended API price: cumulative savings after {@code months} months equal
	 * the capex, so <pre>
	 * V × price ÷ 10^6 − opex = capex ÷ months   ⇒   V = (capex ÷ months + opex) ÷ price × 10^6
	 * </pre>
	 * @param months payback target, months
	 * @param capex the deployment's capex
	 * @param monthlyOpex its running cost per month
	 * @param apiPricePerMillionTokens the blended API price it replaces
	 * @return tokens per month
	 */
	public static double monthlyVolumeToPayBackWithin(int months, double capex, double monthlyOpex,
			double apiPricePerMillionTokens) {
		Require.atLeast("months", months, 1);
		Require.nonNegative("capex", capex);
		Require.nonNegative("monthlyOpex", monthlyOpex);
		Require.positive("apiPricePerMillionTokens", apiPricePerMillionTokens);
		return (capex / months + monthlyOpex) / apiPricePerMillionTokens * Units.TOKENS_PER_MILLION;
	}

	/**
	 * Power that one more token a month adds: GPU draw above idle, at the facility's PUE
	 * and energy price.
	 */
	private static double powerCostPerToken(Demand mix, Node node, ThroughputMeasurement measurement, Hosting hosting) {
		double wattsPerUtilisation = node.gpusPerNode() * (node.gpu().tdpWatts() - node.gpu().idleWatts());
		return CapacityPlanner.utilisationPerToken(mix, measurement) * wattsPerUtilisation / Units.WATTS_PER_KILOWATT
				* hosting.pue() * Units.HOURS_PER_MONTH * hosting.pricePerKwh();
	}

	/**
	 * Idle cost per node in a large deployment: every line is linear in nodes except rack
	 * colocation, whose rounding up vanishes per node as nodes grow, leaving the node's
	 * share of a rack.
	 */
	private static double fixedCostPerNodeAtScale(Node node, Hosting hosting, Finance finance) {
		double oneNode = SelfHostedCost.monthlyCost(node, 1, 0, hosting, finance).total();
		if (hosting.colocationBasis() == ColocationBasis.PER_RACK_MONTH) {
			double wholeRack = Math.ceil(node.peakWatts() / Units.WATTS_PER_KILOWATT / hosting.rackPowerKw())
					* hosting.colocationPrice();
			double rackShare = node.peakWatts() / Units.WATTS_PER_KILOWATT / hosting.rackPowerKw()
					* hosting.colocationPrice();
			return oneNode - wholeRack + rackShare;
		}
		return oneNode;
	}

}
