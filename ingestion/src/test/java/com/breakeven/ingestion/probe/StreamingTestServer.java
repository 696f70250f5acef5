package com.breakeven.ingestion.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible chat completion server for the probe's tests: it streams
 * {@code max_tokens} one-token events, the first after a known delay and the rest at a
 * known interval, and counts one prompt token per word. Every {@code failEvery}-th
 * request fails in turn with an HTTP 500, a malformed event or a stall past any timeout.
 */
public final class StreamingTestServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Duration firstTokenDelay;

	private final Duration tokenInterval;

	private final int failEvery;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong askedToIgnoreEos = new AtomicLong();

	public StreamingTestServer(Duration firstTokenDelay, Duration tokenInterval, int failEvery) throws IOException {
		this.firstTokenDelay = firstTokenDelay;
		this.tokenInterval = tokenInterval;
		this.failEvery = failEvery;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
		this.server.createContext("/v1/chat/completions", this::complete);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1");
	}

	/** Requests that asked for exact output lengths ({@code ignore_eos}). */
	public long askedToIgnoreEos() {
		return this.askedToIgnoreEos.get();
	}

	/** Requests received so far. */
	public long requests() {
		return this.requests.get();
	}

	private void complete(HttpExchange exchange) throws IOException {
		try (exchange) {
			JsonNode request = JSON.readTree(exchange.getRequestBody());
			int maxTokens = request.path("max_tokens").intValue();
			if (request.path("ignore_eos").asBoolean(false)) {
				this.askedToIgnoreEos.incrementAndGet();
			}
			String prompt = request.path("messages").path(0).path("content").asString();
			long promptTokens = prompt.isBlank() ? 0 : prompt.trim().split("\\s+").length;
			long number = this.requests.incrementAndGet();
			// calibration requests (max_tokens 1) never fail
			long failure = (this.failEvery > 0 && maxTokens > 1 && number % this.failEvery == 0)
					? (number / this.failEvery) % 3 : -1;
			if (failure == 0) {
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			Thread.sleep(this.firstTokenDelay.toMillis());
			if (failure == 1) {
				event(out, "data: {not json");
				return;
			}
			if (failure == 2) {
				Thread.sleep(Duration.ofMinutes(1).toMillis());
				return;
			}
			for (int token = 0; token < maxTokens; token++) {
				if (token > 0) {
					Thread.sleep(this.tokenInterval.toMillis());
				}
				event(out, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" tok\"}}]}");
			}
			event(out, "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
					+ maxTokens + ",\"total_tokens\":" + (promptTokens + maxTokens) + "}}");
			event(out, "data: [DONE]");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the probe hung up (a timed-out request): nothing left to send
		}
	}

	private static void event(OutputStream out, String line) throws IOException {
		out.write((line + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
