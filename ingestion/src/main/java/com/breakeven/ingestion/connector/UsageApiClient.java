package com.breakeven.ingestion.connector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one report page, retrying a 429, a 5xx or a broken connection as the
 * {@link RetryPolicy} allows. Any other answer but 200 ends the pull with the provider's
 * status and message. Logs name the endpoint and status, never the headers (the admin key
 * is one).
 */
public final class UsageApiClient {

	/** Waits between attempts; a test passes one that records the waits. */
	@FunctionalInterface
	public interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private static final Logger log = LoggerFactory.getLogger(UsageApiClient.class);

	private static final int MAX_MESSAGE = 300;

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private final HttpClient http;

	private final RetryPolicy retry;

	private final Duration requestTimeout;

	private final Sleeper sleeper;

	private final Clock clock;

	public UsageApiClient(HttpClient http, RetryPolicy retry, Duration requestTimeout, Sleeper sleeper, Clock clock) {
		this.http = http;
		this.retry = retry;
		this.requestTimeout = requestTimeout;
		this.sleeper = sleeper;
		this.clock = clock;
	}

	/**
	 * @param endpoint the report
	 * @param uri the page's address
	 * @param key the admin key
	 * @return the page
	 * @throws ConnectorException when the provider refuses, keeps failing past the
	 * policy's attempts, or answers something that is not a page
	 */
	public ReportPage fetch(UsageEndpoint endpoint, URI uri, AdminKey key) {
		String source = endpoint.provider().displayName() + " GET " + endpoint.path();
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(this.requestTimeout).GET();
		builder.header("Accept", "application/json");
		endpoint.headers(key).forEach(builder::header);
		HttpRequest request = builder.build();
		for (int attempt = 1;; attempt++) {
			String failure;
			Optional<Duration> wait;
			int status = 0;
			try {
				HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
				status = response.statusCode();
				if (status == 200) {
					return ReportPage.read(response.body(), source);
				}
				failure = source + " answered " + status + message(response.body());
				if (status != 429 && status < 500) {
					throw new ConnectorException(failure, status);
				}
				String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
				wait = this.retry.delayAfter(attempt, retryAfter, this.clock.instant());
				if (wait.isEmpty()) {
					throw new ConnectorException(stopped(failure, attempt, retryAfter), status);
				}
			}
			catch (IOException ex) {
				failure = source + " could not be reached: " + ex.getClass().getSimpleName()
						+ ((ex.getMessage() != null) ? " " + ex.getMessage() : "");
				wait = this.retry.delayAfter(attempt, null, this.clock.instant());
				if (wait.isEmpty()) {
					throw new ConnectorException(stopped(failure, attempt, null));
				}
			}
			catch (InterruptedException ex) {
				throw interrupted(source);
			}
			log.info("{}; trying again in {} s", failure, wait.get().toMillis() / 1000.0);
			try {
				this.sleeper.sleep(wait.get());
			}
			catch (InterruptedException ex) {
				throw interrupted(source);
			}
		}
	}

	private static ConnectorException interrupted(String source) {
		Thread.currentThread().interrupt();
		return new ConnectorException(source + ": the pull was interrupted");
	}

	private String stopped(String failure, int attempts, String retryAfter) {
		if (attempts < this.retry.maxAttempts()) {
			return failure + " with Retry-After: " + retryAfter + ", a longer wait than the "
					+ this.retry.maxDelay().toSeconds() + " s a pull waits: the next pull continues from here";
		}
		return failure + " " + attempts + " times: the next pull continues from here";
	}

	/**
	 * @return the provider's error message ({@code {"error": {"message": …}}}), cut
	 * short; the answers carry no key, only the request does
	 */
	private static String message(byte[] body) {
		if (body == null || body.length == 0) {
			return "";
		}
		String text = new String(body, StandardCharsets.UTF_8).strip();
		String message = errorMessage(text).orElse(text);
		message = message.replaceAll("\\s+", " ");
		return ": " + ((message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE) + "…" : message);
	}

	private static Optional<String> errorMessage(String text) {
		try {
			var node = JSON.readTree(text);
			var message = node.path("error").path("message");
			return message.isString() ? Optional.of(message.asString()) : Optional.empty();
		}
		catch (tools.jackson.core.JacksonException ex) {
			return Optional.empty();
		}
	}

	/** Waits on the calling thread. */
	public static Sleeper threadSleep() {
		return duration -> Thread.sleep(duration.toMillis());
	}

}
