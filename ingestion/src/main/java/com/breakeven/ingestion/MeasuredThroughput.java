package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Throughput measured (or published) for one model on one hardware configuration at one
 * load level. Rates are for the whole system of {@code gpuCount} GPUs; latency
 * percentiles are {@code null} where the source has none.
 *
 * @param id the stored measurement, {@code null} before it is stored
 * @param modelId canonical model, or {@code null} when the name is unknown
 * @param rawModel the model as the source names it
 * @param hardwareProfileId node profile, when the measurement is on a catalogued node
 * @param gpuId the GPU
 * @param gpuCount GPUs serving the model
 * @param engine inference engine ({@code vLLM}, {@code TensorRT-LLM}, {@code llama.cpp})
 * @param engineVersion engine version, when known
 * @param quantisation weight precision ({@code FP8}, {@code BF16}, {@code Q4_K_M})
 * @param phase {@code serving} (requests with prompt and generation under load),
 * {@code generation} or {@code prompt-processing} alone, or {@code prompt-and-generation}
 * (llama-bench's combined test)
 * @param scenario load conditions in words ({@code max-throughput offline},
 * {@code concurrency 32})
 * @param concurrency concurrent requests, when the load was closed-loop
 * @param inputTokens prompt tokens per request (mean, rounded)
 * @param outputTokens generated tokens per request (mean, rounded); 0 for prompt
 * processing
 * @param outputTokensPerSecond generated tokens per second, whole system; {@code null}
 * only for prompt processing
 * @param totalTokensPerSecond prompt plus generated tokens per second, when reported (the
 * prompt rate for prompt processing)
 * @param requestsPerSecond completed requests per second, when reported
 * @param latencies time to first token, inter-token and end-to-end latency percentiles
 * @param requestsCompleted requests completed in the run, when reported
 * @param requestsFailed requests failed in the run, when reported
 * @param sourceKind where it came from ({@code PUBLISHED}, {@code VLLM}, {@code PROBE})
 * @param sourceRef the file, document or run
 * @param measuredOn the day it was measured, when known
 */
public record MeasuredThroughput(Long id, Long modelId, String rawModel, Long hardwareProfileId, long gpuId,
		int gpuCount, String engine, String engineVersion, String quantisation, String phase, String scenario,
		Integer concurrency, int inputTokens, int outputTokens, BigDecimal outputTokensPerSecond,
		BigDecimal totalTokensPerSecond, BigDecimal requestsPerSecond, Latencies latencies, Long requestsCompleted,
		Long requestsFailed, String sourceKind, String sourceRef, LocalDate measuredOn) {

	public static final String SERVING = "serving";

	public static final String PROMPT_PROCESSING = "prompt-processing";

	private static final Set<String> PHASES = Set.of(SERVING, "generation", PROMPT_PROCESSING, "prompt-and-generation");

	public MeasuredThroughput {
		Objects.requireNonNull(rawModel, "rawModel must not be null");
		Objects.requireNonNull(engine, "engine must not be null");
		Objects.requireNonNull(quantisation, "quantisation must not be null");
		Objects.requireNonNull(latencies, "latencies must not be null");
		Objects.requireNonNull(sourceKind, "sourceKind must not be null");
		Objects.requireNonNull(sourceRef, "sourceRef must not be null");
		if (!PHASES.contains(phase)) {
			throw new IllegalArgumentException("phase must be one of " + PHASES + ", was " + phase);
		}
		if (gpuCount < 1) {
			throw new IllegalArgumentException("gpuCount must be >= 1, was " + gpuCount);
		}
		if (concurrency != null && concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
		}
		if (inputTokens < 0) {
			throw new IllegalArgumentException("inputTokens must be >= 0, was " + inputTokens);
		}
		if (PROMPT_PROCESSING.equals(phase)) {
			if (outputTokens != 0 || outputTokensPerSecond != null || totalTokensPerSecond == null
					|| totalTokensPerSecond.signum() <= 0) {
				throw new IllegalArgumentException("a prompt-processing measurement has 0 output tokens, no output"
						+ " rate and a prompt rate > 0 (as total tokens per second)");
			}
		}
		else {
			if (outputTokens < 1) {
				throw new IllegalArgumentException("outputTokens must be >= 1, was " + outputTokens);
			}
			if (outputTokensPerSecond == null || outputTokensPerSecond.signum() <= 0) {
				throw new IllegalArgumentException("outputTokensPerSecond must be > 0, was " + outputTokensPerSecond);
			}
		}
	}

	/** A published figure: output rate only, at full load, no latencies. */
	public static MeasuredThroughput published(Long modelId, String rawModel, long gpuId, int gpuCount, String engine,
			String engineVersion, String quantisation, String scenario, int inputTokens, int outputTokens,
			BigDecimal outputTokensPerSecond, String sourceKind, String sourceRef) {
		return new MeasuredThroughput(null, modelId, rawModel, null, gpuId, gpuCount, engine, engineVersion,
				quantisation, SERVING, scenario, null, inputTokens, outputTokens, outputTokensPerSecond, null, null,
				Latencies.NONE, null, null, sourceKind, sourceRef, null);
	}

	/**
	 * Latency percentiles in milliseconds, each {@code null} when not measured.
	 *
	 * @param ttftP50Ms time to first token, median
	 * @param ttftP99Ms time to first token, 99th percentile
	 * @param itlP50Ms inter-token latency, median
	 * @param itlP99Ms inter-token latency, 99th percentile
	 * @param e2eP50Ms end-to-end request latency, median
	 * @param e2eP99Ms end-to-end request latency, 99th percentile
	 */
	public record Latencies(BigDecimal ttftP50Ms, BigDecimal ttftP99Ms, BigDecimal itlP50Ms, BigDecimal itlP99Ms,
			BigDecimal e2eP50Ms, BigDecimal e2eP99Ms) {

		public static final Latencies NONE = new Latencies(null, null, null, null, null, null);

	}

}
