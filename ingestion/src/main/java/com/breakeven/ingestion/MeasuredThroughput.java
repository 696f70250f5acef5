package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Throughput measured (or published) for one model on one hardware configuration at one
 * load level. Throughputs are for the whole system of {@code gpuCount} GPUs; latency
 * percentiles are {@code null} when the source has none.
 *
 * @param modelId canonical model, or {@code null} when the name is unknown
 * @param rawModel the model as the source names it
 * @param hardwareProfileId node profile, when the measurement is on a catalogued node
 * @param gpuId the GPU
 * @param gpuCount GPUs serving the model
 * @param engine inference engine ({@code vLLM}, {@code TensorRT-LLM})
 * @param engineVersion engine version, when known
 * @param quantisation weight precision ({@code FP8}, {@code BF16}, {@code Q4_K_M})
 * @param scenario load conditions in words ({@code max-throughput offline},
 * {@code concurrency 32})
 * @param concurrency concurrent requests, when the load was closed-loop
 * @param inputTokens prompt tokens per request
 * @param outputTokens generated tokens per request
 * @param outputTokensPerSecond generated tokens per second, whole system
 * @param totalTokensPerSecond prompt plus generated tokens per second, when reported
 * @param ttftP99Ms time to first token, 99th percentile, ms
 * @param itlP99Ms inter-token latency, 99th percentile, ms
 * @param sourceKind where it came from ({@code PUBLISHED}, {@code VLLM}, {@code PROBE})
 * @param sourceRef the file, document or run
 * @param measuredOn the day it was measured, when known
 */
public record MeasuredThroughput(Long modelId, String rawModel, Long hardwareProfileId, long gpuId, int gpuCount,
		String engine, String engineVersion, String quantisation, String scenario, Integer concurrency, int inputTokens,
		int outputTokens, BigDecimal outputTokensPerSecond, BigDecimal totalTokensPerSecond, BigDecimal ttftP99Ms,
		BigDecimal itlP99Ms, String sourceKind, String sourceRef, LocalDate measuredOn) {

	public MeasuredThroughput {
		Objects.requireNonNull(rawModel, "rawModel must not be null");
		Objects.requireNonNull(engine, "engine must not be null");
		Objects.requireNonNull(quantisation, "quantisation must not be null");
		Objects.requireNonNull(sourceKind, "sourceKind must not be null");
		Objects.requireNonNull(sourceRef, "sourceRef must not be null");
		if (gpuCount < 1) {
			throw new IllegalArgumentException("gpuCount must be >= 1, was " + gpuCount);
		}
		if (concurrency != null && concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
		}
		if (inputTokens < 0 || outputTokens < 1) {
			throw new IllegalArgumentException(
					"inputTokens must be >= 0 and outputTokens >= 1, were " + inputTokens + " and " + outputTokens);
		}
		if (outputTokensPerSecond == null || outputTokensPerSecond.signum() <= 0) {
			throw new IllegalArgumentException("outputTokensPerSecond must be > 0, was " + outputTokensPerSecond);
		}
	}

}
