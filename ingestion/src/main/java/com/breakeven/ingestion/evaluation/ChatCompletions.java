package com.breakeven.ingestion.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends tasks to a model through an OpenAI-compatible {@code /chat/completions} (not
 * streamed, temperature 0), a fixed number at a time. Every request ends as an answer, a
 * failure or a timeout, each counted: a request that fails is never an answer scored
 * wrong. The API key goes into the {@code Authorization} header only.
 */
public final class ChatCompletions implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI chatCompletions;

	private final String apiKey;

	private final Duration timeout;

	private final ExecutorService workers;

	private final HttpClient client;

	/**
	 * @param endpoint the API base, e.g. {@code http://gpu-host:8000/v1}
	 * @param apiKey a bearer token, or {@code null}
	 * @param concurrency requests under way at once, at least 1
	 * @param timeout longest a request may take
	 */
	public ChatCompletions(URI endpoint, String apiKey, int concurrency, Duration timeout) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("--concurrency must be >= 1, was " + concurrency);
		}
		String base = endpoint.toString();
		this.chatCompletions = URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
		this.apiKey = apiKey;
		this.timeout = timeout;
		AtomicLong count = new AtomicLong();
		this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
			Thread thread = new Thread(runnable, "evaluation-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
	}

	/**
	 * @param model the model name the endpoint serves
	 * @param tasks the tasks, each asked once
	 * @return one answer per task, in the tasks' order
	 */
	public List<ChatAnswer> ask(String model, List<EvaluationTask> tasks) {
		List<Future<ChatAnswer>> pending = new ArrayList<>();
		for (EvaluationTask task : tasks) {
			pending.add(this.workers.submit(() -> ask(model, task)));
		}
		List<ChatAnswer> answers = new ArrayList<>();
		for (Future<ChatAnswer> answer : pending) {
			try {
				answers.add(answer.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("evaluation interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("evaluation request failed unexpectedly", ex.getCause());
			}
		}
		return answers;
	}

	private ChatAnswer ask(String model, EvaluationTask task) {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", model);
		body.putArray("messages").addObject().put("role", "user").put("content", task.prompt());
		body.put("temperature", 0);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.chatCompletions)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			request.header("Authorization", "Bearer " + this.apiKey);
		}
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			return ChatAnswer.failed(task.id(), ChatAnswer.Outcome.TIMED_OUT, millisSince(start),
					"no answer within " + this.timeout.toSeconds() + " s");
		}
		catch (IOException ex) {
			return ChatAnswer.failed(task.id(), ChatAnswer.Outcome.FAILED, millisSince(start),
					ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ChatAnswer.failed(task.id(), ChatAnswer.Outcome.FAILED, millisSince(start), "interrupted");
		}
		double latency = millisSince(start);
		if (response.statusCode() != 200) {
			return ChatAnswer.failed(task.id(), ChatAnswer.Outcome.FAILED, latency, "HTTP " + response.statusCode());
		}
		return answer(task.id(), response.body(), latency);
	}

	/** The answer in a chat completion's body, or why there is none. */
	static ChatAnswer answer(String taskId, String body, double latencyMs) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return ChatAnswer.failed(taskId, ChatAnswer.Outcome.FAILED, latencyMs, "response is not JSON");
		}
		JsonNode content = root.path("choices").path(0).path("message").path("content");
		if (!content.isString()) {
			return ChatAnswer.failed(taskId, ChatAnswer.Outcome.FAILED, latencyMs,
					"response has no choices[0].message.content");
		}
		JsonNode usage = root.path("usage");
		long prompt = usage.path("prompt_tokens").isIntegralNumber() ? usage.path("prompt_tokens").asLong() : -1;
		long completion = usage.path("completion_tokens").isIntegralNumber() ? usage.path("completion_tokens").asLong()
				: -1;
		return new ChatAnswer(taskId, ChatAnswer.Outcome.ANSWERED, content.asString(), prompt, completion, latencyMs,
				null);
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
