package com.breakeven.ingestion.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One concurrency level of a probe, summed up from its requests: rates over the level's
 * window, latency percentiles over its completed requests, failures by kind.
 *
 * @param concurrency concurrent streams
 * @param windowSeconds from the level's first send to its last request's end
 * @param completed requests that ended with the stream's last event
 * @param errors HTTP errors and refused connections
 * @param timeouts requests that outlived the request timeout
 * @param malformed requests whose stream broke the OpenAI format
 * @param meanPromptTokens prompt tokens per completed request, as the server counted them
 * ({@code NaN} when it sent no usage)
 * @param meanOutputTokens output tokens per completed request
 * @param outputTokensPerSecond output tokens of completed requests per second of window
 * @param totalTokensPerSecond prompt and output tokens per second, or {@code NaN} without
 * usage
 * @param requestsPerSecond completed requests per second of window
 * @param ttftP50Ms time to first token, median
 * @param ttftP99Ms time to first token, 99th percentile
 * @param itlP50Ms gap between consecutive content events, median
 * @param itlP99Ms gap between consecutive content events, 99th percentile
 * @param e2eP50Ms request latency, median
 * @param e2eP99Ms request latency, 99th percentile
 * @param failureSamples the first few failures in words
 */
public record LevelResult(int concurrency, double windowSeconds, int completed, int errors, int timeouts, int malformed,
		double meanPromptTokens, double meanOutputTokens, double outputTokensPerSecond, double totalTokensPerSecond,
		double requestsPerSecond, double ttftP50Ms, double ttftP99Ms, double itlP50Ms, double itlP99Ms, double e2eP50Ms,
		double e2eP99Ms, List<String> failureSamples) {

	private static final int FAILURE_SAMPLES = 5;

	private static final double NANOS_PER_MS = 1e6;

	public LevelResult {
		failureSamples = List.copyOf(failureSamples);
	}

	/**
	 * @param concurrency concurrent streams of the level
	 * @param windowNanos from the level's first send to its last request's end
	 * @param requests every request of the level
	 */
	public static LevelResult of(int concurrency, long windowNanos, List<StreamedRequest> requests) {
		int completed = 0;
		int errors = 0;
		int timeouts = 0;
		int malformed = 0;
		long promptTokens = 0;
		boolean promptKnown = true;
		long outputTokens = 0;
		List<Double> ttft = new ArrayList<>();
		List<Double> gaps = new ArrayList<>();
		List<Double> e2e = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (StreamedRequest request : requests) {
			switch (request.outcome()) {
				case COMPLETED -> completed++;
				case ERROR -> errors++;
				case TIMEOUT -> timeouts++;
				case MALFORMED -> malformed++;
			}
			if (!request.completed()) {
				if (failures.size() < FAILURE_SAMPLES) {
					failures.add(request.outcome() + ": " + request.detail());
				}
				continue;
			}
			promptKnown &= request.promptTokens() >= 0;
			promptTokens += Math.max(0, request.promptTokens());
			outputTokens += request.completionTokens();
			if (request.firstTokenNanos() >= 0) {
				ttft.add(request.firstTokenNanos() / NANOS_PER_MS);
			}
			e2e.add(request.endNanos() / NANOS_PER_MS);
			List<Long> events = request.contentEventNanos();
			for (int i = 1; i < events.size(); i++) {
				gaps.add((events.get(i) - events.get(i - 1)) / NANOS_PER_MS);
			}
		}
		double seconds = windowNanos / 1e9;
		boolean anyCompleted = completed > 0;
		return new LevelResult(concurrency, seconds, completed, errors, timeouts, malformed,
				(anyCompleted && promptKnown) ? (double) promptTokens / completed : Double.NaN,
				anyCompleted ? (double) outputTokens / completed : Double.NaN, outputTokens / seconds,
				promptKnown ? (promptTokens + outputTokens) / seconds : Double.NaN, completed / seconds,
				percentile(ttft, 50), percentile(ttft, 99), percentile(gaps, 50), percentile(gaps, 99),
				percentile(e2e, 50), percentile(e2e, 99), failures);
	}

	/** Requests that did not complete. */
	public int failed() {
		return this.errors + this.timeouts + this.malformed;
	}

	/**
	 * Linear interpolation between closest ranks (numpy's default, which vLLM's benchmark
	 * uses), so that probe and imported figures compare like with like.
	 * @return the percentile, {@code NaN} for no values
	 */
	public static double percentile(List<Double> values, double percent) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		double rank = (percent / 100) * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
	}

}
