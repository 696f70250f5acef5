package com.breakeven.tco;

/**
 * Throughput measured for one model on one node at one concurrency. Rates and concurrency
 * are per <em>node</em>: a measurement taken on fewer GPUs than the node has is scaled to
 * the node (replicas per node) before it reaches the engine, and {@code gpusPerReplica}
 * keeps the GPUs of the run, so that memory is checked for one replica. Latency
 * percentiles are {@code null} when the source did not record them.
 *
 * @param model model measured
 * @param quantisation weight precision as run ("FP8")
 * @param engine inference engine and version ("vLLM 0.10.0")
 * @param concurrency concurrent requests; {@code 0} for an offline (maximum-throughput)
 * run
 * @param inputTokens prompt tokens per request
 * @param outputTokens generated tokens per request
 * @param outputTokensPerSecond generated tokens per second, per node
 * @param totalTokensPerSecond prompt + generated tokens per second, per node, or
 * {@code null}
 * @param ttftP50Ms time to first token, median, ms, or {@code null}
 * @param ttftP99Ms time to first token, 99th percentile, ms, or {@code null}
 * @param itlP50Ms inter-token latency, median, ms, or {@code null}
 * @param itlP99Ms inter-token latency, 99th percentile, ms, or {@code null}
 * @param source which stored measurement this is, in words a reader can trace
 * ("measurement #12: vLLM bench serve conc16.json, 2026-05-23"), or {@code null} for a
 * figure entered by hand
 * @param gpusPerReplica GPUs one copy of the model ran on (its tensor/pipeline-parallel
 * group), or {@code null} when it ran on the whole node as one replica
 */
public record ThroughputMeasurement(String model, String quantisation, String engine, int concurrency, int inputTokens,
		int outputTokens, double outputTokensPerSecond, Double totalTokensPerSecond, Double ttftP50Ms, Double ttftP99Ms,
		Double itlP50Ms, Double itlP99Ms, String source, Integer gpusPerReplica) {

	public ThroughputMeasurement {
		Require.notNull("model", model);
		Require.notNull("quantisation", quantisation);
		Require.notNull("engine", engine);
		Require.atLeast("concurrency", concurrency, 0);
		Require.atLeast("inputTokens", inputTokens, 0);
		Require.atLeast("outputTokens", outputTokens, 1);
		Require.positive("outputTokensPerSecond", outputTokensPerSecond);
		if (totalTokensPerSecond != null && !(totalTokensPerSecond >= outputTokensPerSecond)) {
			throw new IllegalArgumentException("totalTokensPerSecond must be >= outputTokensPerSecond "
					+ outputTokensPerSecond + ", was " + totalTokensPerSecond);
		}
		requireLatency("ttftP50Ms", ttftP50Ms);
		requireLatency("ttftP99Ms", ttftP99Ms);
		requireLatency("itlP50Ms", itlP50Ms);
		requireLatency("itlP99Ms", itlP99Ms);
		if (gpusPerReplica != null) {
			Require.atLeast("gpusPerReplica", gpusPerReplica, 1);
		}
	}

	/** A measurement on the whole node, as one replica. */
	public ThroughputMeasurement(String model, String quantisation, String engine, int concurrency, int inputTokens,
			int outputTokens, double outputTokensPerSecond, Double totalTokensPerSecond, Double ttftP50Ms,
			Double ttftP99Ms, Double itlP50Ms, Double itlP99Ms, String source) {
		this(model, quantisation, engine, concurrency, inputTokens, outputTokens, outputTokensPerSecond,
				totalTokensPerSecond, ttftP50Ms, ttftP99Ms, itlP50Ms, itlP99Ms, source, null);
	}

	/**
	 * A figure entered by hand for the whole node, with no stored measurement behind it.
	 */
	public ThroughputMeasurement(String model, String quantisation, String engine, int concurrency, int inputTokens,
			int outputTokens, double outputTokensPerSecond, Double totalTokensPerSecond, Double ttftP50Ms,
			Double ttftP99Ms, Double itlP50Ms, Double itlP99Ms) {
		this(model, quantisation, engine, concurrency, inputTokens, outputTokens, outputTokensPerSecond,
				totalTokensPerSecond, ttftP50Ms, ttftP99Ms, itlP50Ms, itlP99Ms, null);
	}

	/**
	 * @return a measurement with only the rates, as published tables give them
	 */
	public static ThroughputMeasurement throughputOnly(String model, String quantisation, String engine,
			int concurrency, int inputTokens, int outputTokens, double outputTokensPerSecond,
			Double totalTokensPerSecond) {
		return new ThroughputMeasurement(model, quantisation, engine, concurrency, inputTokens, outputTokens,
				outputTokensPerSecond, totalTokensPerSecond, null, null, null, null);
	}

	/**
	 * @return prompt + generated tokens per request
	 */
	public int tokensPerRequest() {
		return this.inputTokens + this.outputTokens;
	}

	/**
	 * @param nodeGpus GPUs in the node the rates are scaled to
	 * @return GPUs of one replica: {@code gpusPerReplica}, or the whole node
	 * @throws IllegalArgumentException when the run used more GPUs than the node has
	 */
	public int gpusPerReplica(int nodeGpus) {
		int gpus = (this.gpusPerReplica != null) ? this.gpusPerReplica : nodeGpus;
		if (gpus > nodeGpus) {
			throw new IllegalArgumentException(
					"gpusPerReplica must be <= the node's " + nodeGpus + " GPUs, was " + gpus);
		}
		return gpus;
	}

	/**
	 * @param nodeGpus GPUs in the node the rates are scaled to
	 * @return replicas per node: ⌊node GPUs ÷ GPUs per replica⌋
	 */
	public int replicasPerNode(int nodeGpus) {
		return nodeGpus / gpusPerReplica(nodeGpus);
	}

	private static void requireLatency(String field, Double value) {
		if (value != null) {
			Require.nonNegative(field, value);
		}
	}

}
