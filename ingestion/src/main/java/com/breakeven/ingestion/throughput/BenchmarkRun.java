package com.breakeven.ingestion.throughput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one benchmark result says about one load level, in the tool's own terms but with
 * units made uniform: tokens per second, requests per second, latencies in milliseconds,
 * token lengths per request. Anything the file does not record is {@code null} and is
 * asked for when the run is stored (hardware, GPU count, precision, engine version),
 * never guessed.
 *
 * @param tool the tool that wrote the file
 * @param phase {@code serving} for an online-serving run; llama-bench's
 * {@code prompt-processing} and {@code generation} rows are different measurements
 * @param rawModel the model as the file names it, or {@code null}
 * @param engineVersion the engine build the file records, or {@code null}
 * @param gpuInfo the GPU the file names, or {@code null}
 * @param concurrency concurrent requests (llama-bench: 1 sequence), or {@code null} when
 * the run was rate-limited instead
 * @param inputTokens mean input tokens per request
 * @param outputTokens mean output tokens per request (0 for prompt processing)
 * @param outputTokensPerSecond output tokens per second, the whole system; {@code null}
 * for prompt processing
 * @param totalTokensPerSecond input and output tokens per second, or {@code null}
 * @param requestsPerSecond completed requests per second, or {@code null}
 * @param ttftP50Ms median time to first token
 * @param ttftP99Ms 99th-percentile time to first token
 * @param itlP50Ms median inter-token latency
 * @param itlP99Ms 99th-percentile inter-token latency
 * @param e2eP50Ms median end-to-end request latency
 * @param e2eP99Ms 99th-percentile end-to-end request latency
 * @param completed requests completed
 * @param failed requests failed
 * @param measuredOn the day of the run, or {@code null}
 */
public record BenchmarkRun(BenchmarkTool tool, String phase, String rawModel, String engineVersion, String gpuInfo,
		Integer concurrency, BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal outputTokensPerSecond,
		BigDecimal totalTokensPerSecond, BigDecimal requestsPerSecond, BigDecimal ttftP50Ms, BigDecimal ttftP99Ms,
		BigDecimal itlP50Ms, BigDecimal itlP99Ms, BigDecimal e2eP50Ms, BigDecimal e2eP99Ms, Long completed, Long failed,
		LocalDate measuredOn) {

	public BenchmarkRun {
		Objects.requireNonNull(tool, "tool must not be null");
		Objects.requireNonNull(phase, "phase must not be null");
		if (outputTokensPerSecond == null && totalTokensPerSecond == null) {
			throw new IllegalArgumentException("a benchmark run needs a token rate");
		}
	}

}
