package com.breakeven.ingestion.probe;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives an OpenAI-compatible server through streaming {@code /v1/chat/completions}, a
 * closed loop per concurrency level: each of N streams sends its next request as soon as
 * the last one ends, until the level's time is up. Streams are read with the JDK's
 * asynchronous HTTP client, line by line as events arrive, so a few threads carry
 * hundreds of streams and the probe does not slow what it measures. Errors, timeouts and
 * malformed streams are counted per level, never thrown.
 */
public final class OpenAiStreamingProbe implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CALIBRATION_SHORT_WORDS = 50;

	private static final int CALIBRATION_LONG_WORDS = 550;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

	private final ProbeSettings settings;

	private final ExecutorService callbacks = Executors.newFixedThreadPool(2, daemon("probe-callbacks"));

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("probe-timer"));

	private final HttpClient client;

	private final AtomicLong requestNumber = new AtomicLong();

	private int promptWords;

	private String calibration = "not calibrated";

	public OpenAiStreamingProbe(ProbeSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.requestTimeout())
			.executor(this.callbacks)
			.build();
		this.promptWords = settings.inputTokens();
	}

	/**
	 * Sizes the prompts from two requests whose prompt tokens the server counts; without
	 * usage in the answers the prompts stay at one word per token.
	 * @return what calibration found, in words
	 */
	public String calibrate() {
		StreamedRequest shorter = await(send(Prompts.prompt(0, CALIBRATION_SHORT_WORDS), 1));
		StreamedRequest longer = await(send(Prompts.prompt(0, CALIBRATION_LONG_WORDS), 1));
		if (!shorter.completed() || !longer.completed()) {
			StreamedRequest failed = shorter.completed() ? longer : shorter;
			throw new IllegalStateException("calibration request failed: " + failed.outcome() + " " + failed.detail());
		}
		if (shorter.promptTokens() < 0 || longer.promptTokens() < 0) {
			this.calibration = "the server reports no usage: prompts of " + this.promptWords
					+ " words, taken as one token each";
			return this.calibration;
		}
		this.promptWords = Prompts.wordsFor(this.settings.inputTokens(), CALIBRATION_SHORT_WORDS,
				shorter.promptTokens(), CALIBRATION_LONG_WORDS, longer.promptTokens());
		this.calibration = String.format(Locale.ROOT,
				"%d and %d words counted %d and %d prompt tokens: %d words for %d tokens", CALIBRATION_SHORT_WORDS,
				CALIBRATION_LONG_WORDS, shorter.promptTokens(), longer.promptTokens(), this.promptWords,
				this.settings.inputTokens());
		return this.calibration;
	}

	/**
	 * Runs one level: {@code concurrency} streams for the probe's duration; requests
	 * under way at the end finish and count.
	 * @param progress told every two seconds how the level is going
	 */
	public LevelResult runLevel(int concurrency, Consumer<String> progress) {
		List<StreamedRequest> finished = Collections.synchronizedList(new ArrayList<>());
		AtomicLong outputTokens = new AtomicLong();
		long start = System.nanoTime();
		long deadline = start + this.settings.duration().toNanos();
		AtomicLong lastEnd = new AtomicLong(start);
		List<CompletableFuture<Void>> streams = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			CompletableFuture<Void> stream = new CompletableFuture<>();
			next(stream, deadline, finished, outputTokens, lastEnd);
			streams.add(stream);
		}
		ScheduledFuture<?> ticker = this.timer.scheduleAtFixedRate(() -> {
			double seconds = (System.nanoTime() - start) / 1e9;
			int failed = (int) finished.stream().filter(r -> !r.completed()).count();
			progress.accept(String.format(Locale.ROOT,
					"  concurrency %d: %.0f s, %d requests done (%d failed), %,.0f output tokens/s so far", concurrency,
					seconds, finished.size(), failed, outputTokens.get() / Math.max(seconds, 1e-9)));
		}, PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
		try {
			CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new))
				.get(this.settings.duration().plus(this.settings.requestTimeout()).plusSeconds(30).toMillis(),
						TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("probe interrupted", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("concurrency " + concurrency + " did not finish: " + ex, ex);
		}
		finally {
			ticker.cancel(false);
		}
		synchronized (finished) {
			return LevelResult.of(concurrency, lastEnd.get() - start, new ArrayList<>(finished));
		}
	}

	/** How the prompts were sized. */
	public String calibration() {
		return this.calibration;
	}

	private void next(CompletableFuture<Void> stream, long deadline, List<StreamedRequest> finished,
			AtomicLong outputTokens, AtomicLong lastEnd) {
		if (System.nanoTime() >= deadline) {
			stream.complete(null);
			return;
		}
		long sent = System.nanoTime();
		String prompt = Prompts.prompt(this.requestNumber.incrementAndGet(), this.promptWords);
		// Async, so that a server failing at once cannot recurse down the stack.
		send(prompt, this.settings.outputTokens()).whenCompleteAsync((request, failure) -> {
			if (request != null) {
				finished.add(request);
				if (request.completed()) {
					outputTokens.addAndGet(request.completionTokens());
				}
				lastEnd.accumulateAndGet(sent + request.endNanos(), Math::max);
			}
			next(stream, deadline, finished, outputTokens, lastEnd);
		}, this.callbacks);
	}

	/** Sends one streamed request; the future always completes with what happened. */
	CompletableFuture<StreamedRequest> send(String prompt, int maxTokens) {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", this.settings.model());
		body.putArray("messages").addObject().put("role", "user").put("content", prompt);
		body.put("max_tokens", maxTokens);
		body.put("temperature", 0);
		if (this.settings.ignoreEos()) {
			// vLLM, SGLang and TGI generate exactly max_tokens with it
			body.put("ignore_eos", true);
		}
		body.put("stream", true);
		body.putObject("stream_options").put("include_usage", true);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.settings.chatCompletions())
			.timeout(this.settings.requestTimeout())
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		if (this.settings.apiKey() != null) {
			request.header("Authorization", "Bearer " + this.settings.apiKey());
		}
		long start = System.nanoTime();
		EventReader reader = new EventReader(start);
		ScheduledFuture<?> timeout = this.timer.schedule(reader::timeOut, this.settings.requestTimeout().toMillis(),
				TimeUnit.MILLISECONDS);
		this.client.sendAsync(request.build(), info -> {
			if (info.statusCode() != 200) {
				reader.fail(StreamedRequest.Outcome.ERROR, "HTTP " + info.statusCode());
				return HttpResponse.BodySubscribers.discarding();
			}
			return HttpResponse.BodySubscribers.fromLineSubscriber(reader, r -> null, StandardCharsets.UTF_8, null);
		}).whenComplete((response, failure) -> {
			if (failure != null) {
				reader.fail(StreamedRequest.Outcome.ERROR, rootCause(failure));
			}
			else {
				reader.bodyEnded();
			}
		});
		return reader.result.whenComplete((r, f) -> timeout.cancel(false));
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
	}

	private static StreamedRequest await(CompletableFuture<StreamedRequest> request) {
		try {
			return request.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("probe interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Reads one response's events as they arrive and settles the request once. */
	private static final class EventReader implements Flow.Subscriber<String> {

		private final CompletableFuture<StreamedRequest> result = new CompletableFuture<>();

		private final AtomicBoolean settled = new AtomicBoolean();

		private final long start;

		private final List<Long> contentEvents = new ArrayList<>();

		private volatile Flow.Subscription subscription;

		private long firstToken = -1;

		private long promptTokens = -1;

		private long completionTokens = -1;

		private boolean done;

		EventReader(long start) {
			this.start = start;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime() - this.start;
			StreamEvent event = StreamEvent.parse(line);
			switch (event.kind()) {
				case NOTHING -> {
				}
				case DONE -> this.done = true;
				case ERROR -> fail(StreamedRequest.Outcome.ERROR, "error in stream: " + event.detail());
				case MALFORMED -> fail(StreamedRequest.Outcome.MALFORMED, event.detail());
				case CHUNK -> {
					if (event.content()) {
						if (this.firstToken < 0) {
							this.firstToken = now;
						}
						this.contentEvents.add(now);
					}
					if (event.completionTokens() >= 0) {
						this.promptTokens = event.promptTokens();
						this.completionTokens = event.completionTokens();
					}
				}
			}
		}

		@Override
		public void onError(Throwable failure) {
			fail(StreamedRequest.Outcome.ERROR, rootCause(failure));
		}

		@Override
		public void onComplete() {
			bodyEnded();
		}

		void bodyEnded() {
			long now = System.nanoTime() - this.start;
			if (!this.done) {
				fail(StreamedRequest.Outcome.MALFORMED, "stream ended without data: [DONE]");
				return;
			}
			if (this.firstToken < 0) {
				fail(StreamedRequest.Outcome.MALFORMED, "stream carried no content");
				return;
			}
			long tokens = (this.completionTokens >= 0) ? this.completionTokens : this.contentEvents.size();
			settle(new StreamedRequest(StreamedRequest.Outcome.COMPLETED, null, this.firstToken, now,
					this.contentEvents, this.promptTokens, tokens));
		}

		void timeOut() {
			fail(StreamedRequest.Outcome.TIMEOUT, "no end of stream within the request timeout");
		}

		void fail(StreamedRequest.Outcome outcome, String detail) {
			long now = System.nanoTime() - this.start;
			if (settle(new StreamedRequest(outcome, detail, this.firstToken, now, List.of(), -1, 0))) {
				Flow.Subscription current = this.subscription;
				if (current != null) {
					current.cancel();
				}
			}
		}

		private boolean settle(StreamedRequest request) {
			if (this.settled.compareAndSet(false, true)) {
				this.result.complete(request);
				return true;
			}
			return false;
		}

	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicLong count = new AtomicLong();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		this.callbacks.shutdownNow();
	}

}
