package com.breakeven.ingestion.probe;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to load an OpenAI-compatible server: one closed-loop level per concurrency, each
 * for a fixed time, with prompts of a given token length asking for a given number of
 * output tokens.
 *
 * @param endpoint the API base, e.g. {@code http://gpu-host:8000/v1}
 * @param model the model name the server serves
 * @param apiKey a bearer token, or {@code null} for servers without one
 * @param concurrencyLevels concurrent streams per level, in the order run
 * @param inputTokens prompt tokens per request (the server's count, calibrated)
 * @param outputTokens tokens asked for per request ({@code max_tokens}, with
 * {@code ignore_eos} for servers that honour it)
 * @param duration how long each level starts new requests; requests under way then finish
 * and count
 * @param requestTimeout longest a request may take from send to its last event
 * @param ignoreEos whether requests ask the server to generate all {@code outputTokens}
 * ({@code ignore_eos}, honoured by vLLM, SGLang and TGI); off for servers that refuse
 * unknown fields, when output lengths then vary with the model's answers
 */
public record ProbeSettings(URI endpoint, String model, String apiKey, List<Integer> concurrencyLevels, int inputTokens,
		int outputTokens, Duration duration, Duration requestTimeout, boolean ignoreEos) {

	public ProbeSettings {
		Objects.requireNonNull(endpoint, "endpoint must not be null");
		Objects.requireNonNull(model, "model must not be null");
		concurrencyLevels = List.copyOf(concurrencyLevels);
		if (concurrencyLevels.isEmpty() || concurrencyLevels.stream().anyMatch(level -> level < 1)) {
			throw new IllegalArgumentException(
					"concurrency levels must be whole numbers >= 1, were " + concurrencyLevels);
		}
		if (inputTokens < 1 || outputTokens < 2) {
			throw new IllegalArgumentException("--input-tokens must be >= 1 and --output-tokens >= 2 (inter-token"
					+ " latency needs two tokens), were " + inputTokens + " and " + outputTokens);
		}
		if (duration.isNegative() || duration.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("--duration and the request timeout must be > 0");
		}
	}

	/** Settings that ask for exact output lengths ({@code ignore_eos}). */
	public ProbeSettings(URI endpoint, String model, String apiKey, List<Integer> concurrencyLevels, int inputTokens,
			int outputTokens, Duration duration, Duration requestTimeout) {
		this(endpoint, model, apiKey, concurrencyLevels, inputTokens, outputTokens, duration, requestTimeout, true);
	}

	/** {@code …/v1/chat/completions} under the endpoint. */
	public URI chatCompletions() {
		String base = this.endpoint.toString();
		return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
	}

}
