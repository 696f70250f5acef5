package com.breakeven.tco;

/**
 * The nodes needed to serve a demand at its peak.
 *
 * @param nodes nodes required, whole
 * @param peakOutputTokensPerSecond output tokens per second the peak demands
 * @param nodeOutputTokensPerSecond measured output tokens per second of one node
 * @param utilisation average share of the nodes' measured throughput in use over the
 * month, 0..1
 * @param sizedOnTotalTokens whether prompt + output tokens (rather than output tokens)
 * decided the count
 */
public record Capacity(int nodes, double peakOutputTokensPerSecond, double nodeOutputTokensPerSecond,
		double utilisation, boolean sizedOnTotalTokens) {

}
