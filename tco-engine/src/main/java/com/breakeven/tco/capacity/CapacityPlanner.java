package com.breakeven.tco.capacity;

import com.breakeven.tco.Capacity;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Require;
import com.breakeven.tco.ThroughputMeasurement;
import com.breakeven.tco.Units;

/**
 * Sizes a deployment from measured throughput.
 * <p>
 * Capacity is sized on output tokens, because generation dominates GPU time, and — when
 * the measurement records it — also on prompt + output tokens, so a prompt-heavy workload
 * is not undersized; the larger count wins. Nodes run at most at the target utilisation
 * at peak, leaving headroom for bursts and failures.
 */
public final class CapacityPlanner {

	/**
	 * Tolerance below which a node count is taken as whole (3.0000000001 nodes is 3
	 * nodes).
	 */
	private static final double WHOLE_NODE_TOLERANCE = 1e-9;

	private CapacityPlanner() {
	}

	/**
	 * <pre>
	 * peak output rate  = monthly output tokens ÷ seconds per month × peak-to-average
	 * nodes (output)    = ⌈ peak output rate ÷ (node output tokens/s × target utilisation) ⌉
	 * nodes (total)     = ⌈ peak total rate ÷ (node total tokens/s × target utilisation) ⌉   (if measured)
	 * nodes             = max(1, nodes (output), nodes (total))
	 * utilisation       = max(average output rate ÷ (nodes × node output tokens/s),
	 *                         average total rate ÷ (nodes × node total tokens/s))
	 * </pre>
	 * @param demand the month's tokens and peakiness
	 * @param measurement the node's measured throughput
	 * @param targetUtilisation highest share of measured throughput to plan on at peak,
	 * in (0, 1]
	 * @return nodes and the utilisation they run at on average
	 */
	public static Capacity nodesRequired(Demand demand, ThroughputMeasurement measurement, double targetUtilisation) {
		requireTarget(targetUtilisation);
		double averageOutputRate = demand.monthlyOutputTokens() / Units.SECONDS_PER_MONTH;
		double averageTotalRate = demand.monthlyTotalTokens() / Units.SECONDS_PER_MONTH;
		double peakOutputRate = averageOutputRate * demand.peakToAverage();
		double nodeOutputRate = measurement.outputTokensPerSecond();
		int nodesForOutput = wholeNodes(peakOutputRate / (nodeOutputRate * targetUtilisation));
		int nodesForTotal = 0;
		if (measurement.totalTokensPerSecond() != null) {
			double peakTotalRate = averageTotalRate * demand.peakToAverage();
			nodesForTotal = wholeNodes(peakTotalRate / (measurement.totalTokensPerSecond() * targetUtilisation));
		}
		int nodes = Math.max(1, Math.max(nodesForOutput, nodesForTotal));
		double utilisation = Math.min(1,
				utilisationPerToken(demand, measurement) * demand.monthlyTotalTokens() / nodes);
		return new Capacity(nodes, peakOutputRate, nodeOutputRate, utilisation, nodesForTotal > nodesForOutput);
	}

	/**
	 * The largest monthly volume, in the demand's mix and peakiness, that {@code nodes}
	 * nodes serve within the target utilisation at peak: the inverse of
	 * {@link #nodesRequired}.
	 * @return total tokens per month
	 */
	public static double maxMonthlyTokens(int nodes, Demand mix, ThroughputMeasurement measurement,
			double targetUtilisation) {
		requireTarget(targetUtilisation);
		double total = mix.monthlyTotalTokens();
		double outputShare = (total > 0) ? mix.monthlyOutputTokens() / total : 0;
		double perNodeSecondsAtPeak = nodes * targetUtilisation * Units.SECONDS_PER_MONTH / mix.peakToAverage();
		double byOutput = (outputShare > 0) ? measurement.outputTokensPerSecond() * perNodeSecondsAtPeak / outputShare
				: Double.POSITIVE_INFINITY;
		double byTotal = (measurement.totalTokensPerSecond() != null)
				? measurement.totalTokensPerSecond() * perNodeSecondsAtPeak : Double.POSITIVE_INFINITY;
		return Math.min(byOutput, byTotal);
	}

	/**
	 * Utilisation that one token a month adds to one node, in the demand's mix:
	 * utilisation of n nodes serving V tokens a month is V × this ÷ n. Linear in V, which
	 * keeps break-even volumes in closed form.
	 * @return utilisation × nodes per token per month
	 */
	public static double utilisationPerToken(Demand mix, ThroughputMeasurement measurement) {
		double total = mix.monthlyTotalTokens();
		if (total == 0) {
			return 0;
		}
		double byOutput = (mix.monthlyOutputTokens() / total)
				/ (measurement.outputTokensPerSecond() * Units.SECONDS_PER_MONTH);
		double byTotal = (measurement.totalTokensPerSecond() != null)
				? 1 / (measurement.totalTokensPerSecond() * Units.SECONDS_PER_MONTH) : 0;
		return Math.max(byOutput, byTotal);
	}

	private static int wholeNodes(double fractionalNodes) {
		return (int) Math.ceil(fractionalNodes - WHOLE_NODE_TOLERANCE);
	}

	private static void requireTarget(double targetUtilisation) {
		Require.positive("targetUtilisation", targetUtilisation);
		Require.fraction("targetUtilisation", targetUtilisation);
	}

}
