package com.breakeven.tco.breakeven;

import java.util.Currency;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.BreakEven;
import com.breakeven.tco.ColocationBasis;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Finance;
import com.breakeven.tco.Hosting;
import com.breakeven.tco.Node;
import com.breakeven.tco.PerMillionTokens;
import com.breakeven.tco.Require;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.Units;
import com.breakeven.tco.api.ApiCost;
import com.breakeven.tco.capacity.CapacityPlanner;
import com.breakeven.tco.selfhosted.SelfHostedCost;

/**
 * Monthly volumes from which own (or rented) GPUs stay no dearer than an API.
 * <p>
 * Own cost is a step function: V tokens a month need n(V) whole nodes, and n nodes cost
 * F(n) at idle (capital, colocation, staff, support, software, idle power) plus B × V,
 * the power that serving adds, linear in V and the same for any n. The API costs a × V.
 * Within step n, that is for V in (c × (n − 1), c × n] where c is the most one node
 * serves, own − API = F(n) − (a − B) × V falls as V grows, so each step is at its worst
 * just past its left end, where one more node has just been bought. Own hardware can be
 * cheaper at 1.9 billion tokens and dearer at 2.1 billion; the break-even is therefore
 * the volume past which it is no dearer in <em>every</em> step, not the first volume at
 * which the two meet.
 */
public final class BreakEvenVolume {

	/**
	 * Beyond this many nodes the search stops; a deployment that size is a different
	 * decision.
	 */
	private static final int MAX_NODES = 100_000;

	private BreakEvenVolume() {
	}

	/**
	 * Own GPUs against an API's prices, in the workload's token mix: see
	 * {@link #monthlyVolume(double, Demand, Node, ThroughputMeasurement, double, Hosting, Finance)}
	 * with the API's blended price per million tokens after its discounts
	 * ({@link ApiCost#blendedPricePerToken}).
	 */
	public static BreakEven monthlyVolume(ApiPricing pricing, Demand mix, Node node, ThroughputMeasurement measurement,
			double targetUtilisation, Hosting hosting, Finance finance) {
		if (mix.monthlyTotalTokens() == 0) {
			return new BreakEven.Never("no demand: a workload of zero tokens has no token mix to price");
		}
		return monthlyVolume(ApiCost.blendedPricePerToken(pricing, mix) * Units.TOKENS_PER_MILLION, mix, node,
				measurement, targetUtilisation, hosting, finance);
	}

	/**
	 * The smallest monthly volume V* from which own GPUs cost no more than the API at
	 * every larger volume, node steps included: <pre>
	 * a     = API price per token;  B = power per token above idle;  m = a − B
	 * c     = most tokens a month one node serves within the target utilisation at peak
	 * F(n)  = monthly cost of n idle nodes (SelfHostedCost at utilisation 0)
	 * step n covers (c × (n − 1), c × n]; own ≤ API in it from V = F(n) ÷ m
	 * V*    = the highest volume at which some step is still dearer:
	 *         max over steps with F(n) ÷ m > c × (n − 1) of min(F(n) ÷ m, c × n)
	 * </pre> Steps are checked until every later one is no dearer even at its left end:
	 * with f the idle cost per node at scale and one rack's price as the rounding
	 * allowance r (F(n) ≤ f × n + r), that holds for n ≥ (m × c + r) ÷ (m × c − f). When
	 * a whole step is dearer, V* is its right end and the answer's node count the next
	 * step's.
	 * @param apiPricePerMillionTokens the blended API price per million tokens (input +
	 * cached + output in the mix), after discounts
	 * @param mix the workload's token mix and peakiness (its volume is not used)
	 * @param node the node
	 * @param measurement its throughput
	 * @param targetUtilisation highest share of measured throughput planned at peak
	 * @param hosting site and staff costs
	 * @param finance life, residual value, cost of capital
	 * @return V* and the nodes it needs, or never with the reason: electricity alone
	 * costs more than the API; a full node costs more per token than the API; or own
	 * hardware turns dearer again past node steps up to 100,000 nodes
	 */
	public static BreakEven monthlyVolume(double apiPricePerMillionTokens, Demand mix, Node node,
			ThroughputMeasurement measurement, double targetUtilisation, Hosting hosting, Finance finance) {
		double apiPerToken = apiPricePerMillionTokens / Units.TOKENS_PER_MILLION;
		double powerPerToken = powerCostPerToken(mix, node, measurement, hosting);
		if (apiPerToken <= powerPerToken) {
			return new BreakEven.Never(dearerThanTheApi("the electricity alone", "at least",
					powerPerToken * Units.TOKENS_PER_MILLION, apiPricePerMillionTokens, finance.currency()));
		}
		double marginPerToken = apiPerToken - powerPerToken;
		double tokensPerNode = CapacityPlanner.maxMonthlyTokens(1, mix, measurement, targetUtilisation);
		double fixedPerNodeAtScale = fixedCostPerNodeAtScale(node, hosting, finance);
		if (fixedPerNodeAtScale / marginPerToken >= tokensPerNode) {
			double fullNodeCostPerMillion = (fixedPerNodeAtScale + powerPerToken * tokensPerNode) / tokensPerNode
					* Units.TOKENS_PER_MILLION;
			return new BreakEven.Never(dearerThanTheApi(fullNode("node", targetUtilisation), "more than",
					fullNodeCostPerMillion, apiPricePerMillionTokens, finance.currency()));
		}
		double roundingAllowance = (hosting.colocationBasis() == ColocationBasis.PER_RACK_MONTH)
				? hosting.colocationPrice() : 0;
		return stepwise(nodes -> SelfHostedCost.monthlyCost(node, nodes, 0, hosting, finance).total(), marginPerToken,
				tokensPerNode, fixedPerNodeAtScale, roundingAllowance);
	}

	/**
	 * Why own hardware never matches the API: "{what} costs X, {comparison} the API's
	 * price today, Y (blended …)", both costs per million tokens in the currency at the
	 * decimals that tell them apart (the tables' rule). The API's price is today's over
	 * the token mix, not the horizon's average a scenario's table shows.
	 */
	private static String dearerThanTheApi(String what, String comparison, double ownPerMillion, double apiPerMillion,
			Currency currency) {
		int decimals = PerMillionTokens.decimals(ownPerMillion, apiPerMillion);
		return what + " costs " + PerMillionTokens.inWords(ownPerMillion, currency, decimals) + ", " + comparison
				+ " the API's price today, " + PerMillionTokens.inWords(apiPerMillion, currency, decimals)
				+ " (blended over the workload's token mix)";
	}

	/**
	 * "even at the most one node serves (80 % of its throughput at peak), a full node".
	 */
	private static String fullNode(String node, double targetUtilisation) {
		return String.format(Locale.ROOT,
				"even at the most one %s serves (%.0f %% of its throughput at peak), a full node", node,
				100 * targetUtilisation);
	}

	/**
	 * Rented GPUs against a blended API price: the same search as
	 * {@link #monthlyVolume(double, Demand, Node, ThroughputMeasurement, double, Hosting, Finance)}
	 * with F(n) = rental of n nodes + their staff (power and space are in the hourly
	 * price, so B = 0).
	 * @param apiPricePerMillionTokens the blended API price per million tokens
	 * @param mix the workload's token mix and peakiness
	 * @param node the node rented
	 * @param measurement its throughput
	 * @param targetUtilisation highest share of measured throughput planned at peak
	 * @param gpuHourly price of one rented GPU an hour
	 * @param hosting staffing per node and its cost
	 * @param currency of the prices, for the reason when there is none
	 * @return V* and the nodes it needs, or never with the reason
	 */
	public static BreakEven rentedMonthlyVolume(double apiPricePerMillionTokens, Demand mix, Node node,
			ThroughputMeasurement measurement, double targetUtilisation, double gpuHourly, Hosting hosting,
			Currency currency) {
		Require.nonNegative("gpuHourly", gpuHourly);
		double apiPerToken = apiPricePerMillionTokens / Units.TOKENS_PER_MILLION;
		double tokensPerNode = CapacityPlanner.maxMonthlyTokens(1, mix, measurement, targetUtilisation);
		double perNode = SelfHostedCost.rentalCost(node, 1, gpuHourly) + SelfHostedCost.staffCost(1, hosting);
		if (!(apiPerToken > 0) || perNode / apiPerToken >= tokensPerNode) {
			return new BreakEven.Never(dearerThanTheApi(fullNode("rented node", targetUtilisation), "more than",
					perNode / tokensPerNode * Units.TOKENS_PER_MILLION, apiPricePerMillionTokens, currency));
		}
		return stepwise(
				nodes -> SelfHostedCost.rentalCost(node, nodes, gpuHourly) + SelfHostedCost.staffCost(nodes, hosting),
				apiPerToken, tokensPerNode, perNode, 0);
	}

	/**
	 * The search over node steps, once it is known that a node at full load costs less
	 * per token than the API (f < m × c).
	 * @param idleCost F(n), the cost of n nodes before any token is served
	 * @param marginPerToken m, API price per token minus own cost per token served
	 * @param tokensPerNode c, the most tokens a month one node serves
	 * @param idleCostPerNodeAtScale f, with F(n) ≤ f × n + rounding allowance
	 * @param roundingAllowance r
	 */
	private static BreakEven stepwise(IntToDoubleFunction idleCost, double marginPerToken, double tokensPerNode,
			double idleCostPerNodeAtScale, double roundingAllowance) {
		double fullStep = marginPerToken * tokensPerNode;
		// from this step on, F(n) − m × c × (n − 1) ≤ f × n + r − m × c × (n − 1) ≤ 0
		double lastStepThatMayBeDearer = (fullStep + roundingAllowance) / (fullStep - idleCostPerNodeAtScale);
		int steps = (int) Math.min(MAX_NODES, Math.ceil(lastStepThatMayBeDearer));
		double dearerUpTo = 0;
		int nodesFrom = 1;
		for (int nodes = 1; nodes <= steps; nodes++) {
			double stepStart = tokensPerNode * (nodes - 1);
			double stepEnd = tokensPerNode * nodes;
			double evenAt = idleCost.applyAsDouble(nodes) / marginPerToken;
			if (evenAt > stepStart) {
				dearerUpTo = Math.min(evenAt, stepEnd);
				nodesFrom = (evenAt <= stepEnd) ? nodes : nodes + 1;
			}
		}
		if (lastStepThatMayBeDearer > MAX_NODES) {
			return new BreakEven.Never(String.format(Locale.ROOT,
					"own hardware alternates: up to %,d nodes it turns dearer than the API again just past each node"
							+ " step (the last checked at %,.0f tokens a month), because a full node saves too little"
							+ " to carry the next one",
					MAX_NODES, dearerUpTo));
		}
		return new BreakEven.AtVolume(dearerUpTo, nodesFrom);
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
	 * Power that one more token a month adds: GPU draw above idle for the utilisation a
	 * token adds, priced by {@link SelfHostedCost#powerCost}.
	 */
	private static double powerCostPerToken(Demand mix, Node node, ThroughputMeasurement measurement, Hosting hosting) {
		double wattsPerUtilisation = node.gpusPerNode() * (node.gpu().tdpWatts() - node.gpu().idleWatts());
		return SelfHostedCost.powerCost(CapacityPlanner.utilisationPerToken(mix, measurement) * wattsPerUtilisation,
				hosting);
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
