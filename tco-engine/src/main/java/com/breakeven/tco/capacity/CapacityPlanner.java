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
		double totalTokensPerSecond = totalRate(measurement);
		int nodesForOutput = nodesForOutput(demand.monthlyOutputTokens(), demand.peakToAverage(),
				measurement.outputTokensPerSecond(), targetUtilisation);
		int nodesForTotal = nodesForTotal(demand.monthlyTotalTokens(), demand.peakToAverage(), totalTokensPerSecond,
				targetUtilisation);
		int nodes = Math.max(1, Math.max(nodesForOutput, nodesForTotal));
		double peakOutputRate = demand.monthlyOutputTokens() / Units.SECONDS_PER_MONTH * demand.peakToAverage();
		double utilisation = Math.min(1,
				utilisationPerToken(demand, measurement) * demand.monthlyTotalTokens() / nodes);
		return new Capacity(nodes, peakOutputRate, measurement.outputTokensPerSecond(), utilisation,
				nodesForTotal > nodesForOutput);
	}

	/**
	 * {@link #nodesRequired(Demand, ThroughputMeasurement, double)} on plain numbers, for
	 * callers that size many months of already validated inputs (the simulator's trials):
	 * no record is built and nothing is checked again.
	 * @param monthlyOutputTokens output tokens in the month
	 * @param monthlyTotalTokens every token class in the month
	 * @param peakToAverage peak rate ÷ average rate, at least 1
	 * @param outputTokensPerSecond a node's measured output rate
	 * @param totalTokensPerSecond a node's measured prompt + output rate, {@code NaN}
	 * when not measured
	 * @param targetUtilisation in (0, 1]
	 * @return max(1, nodes for output, nodes for total)
	 */
	public static int nodesRequired(double monthlyOutputTokens, double monthlyTotalTokens, double peakToAverage,
			double outputTokensPerSecond, double totalTokensPerSecond, double targetUtilisation) {
		return Math.max(1,
				Math.max(nodesForOutput(monthlyOutputTokens, peakToAverage, outputTokensPerSecond, targetUtilisation),
						nodesForTotal(monthlyTotalTokens, peakToAverage, totalTokensPerSecond, targetUtilisation)));
	}

	/** ⌈ peak output rate ÷ (node output tokens/s × target utilisation) ⌉. */
	private static int nodesForOutput(double monthlyOutputTokens, double peakToAverage, double outputTokensPerSecond,
			double targetUtilisation) {
		double peakOutputRate = monthlyOutputTokens / Units.SECONDS_PER_MONTH * peakToAverage;
		return wholeNodes(peakOutputRate / (outputTokensPerSecond * targetUtilisation));
	}

	/**
	 * ⌈ peak total rate ÷ (node total tokens/s × target utilisation) ⌉, 0 when the total
	 * rate was not measured ({@code NaN}).
	 */
	private static int nodesForTotal(double monthlyTotalTokens, double peakToAverage, double totalTokensPerSecond,
			double targetUtilisation) {
		if (Double.isNaN(totalTokensPerSecond)) {
			return 0;
		}
		double peakTotalRate = monthlyTotalTokens / Units.SECONDS_PER_MONTH * peakToAverage;
		return wholeNodes(peakTotalRate / (totalTokensPerSecond * targetUtilisation));
	}

	/** A measurement's prompt + output rate, {@code NaN} when it recorded none. */
	public static double totalRate(ThroughputMeasurement measurement) {
		return (measurement.totalTokensPerSecond() != null) ? measurement.totalTokensPerSecond() : Double.NaN;
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
		return utilisationPerToken(mix.monthlyOutputTokens(), mix.monthlyTotalTokens(),
				measurement.outputTokensPerSecond(), totalRate(measurement));
	}

	/**
	 * {@link #utilisationPerToken(Demand, ThroughputMeasurement)} on plain numbers (any
	 * volume of the mix): max(output share ÷ (node output tokens/s × seconds a month), 1
	 * ÷ (node total tokens/s × seconds a month)), 0 for a mix of no tokens.
	 * @param totalTokensPerSecond {@code NaN} when not measured
	 */
	public static double utilisationPerToken(double monthlyOutputTokens, double monthlyTotalTokens,
			double outputTokensPerSecond, double totalTokensPerSecond) {
		if (monthlyTotalTokens == 0) {
			return 0;
		}
		double byOutput = (monthlyOutputTokens / monthlyTotalTokens)
				/ (outputTokensPerSecond * Units.SECONDS_PER_MONTH);
		double byTotal = !Double.isNaN(totalTokensPerSecond) ? 1 / (totalTokensPerSecond * Units.SECONDS_PER_MONTH) : 0;
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
