package com.breakeven.ingestion.probe;

import java.util.List;

/**
 * What one streamed request did, in nanoseconds from its send.
 *
 * @param outcome how it ended
 * @param detail the error in words, or {@code null} when it completed
 * @param firstTokenNanos when the first content arrived, or {@code -1}
 * @param endNanos when its last event arrived (or it failed)
 * @param contentEventNanos when each event with content arrived, in order
 * @param promptTokens prompt tokens the server counted, or {@code -1} when it sent no
 * usage
 * @param completionTokens output tokens the server counted, or, without usage, the
 * content events seen
 */
public record StreamedRequest(Outcome outcome, String detail, long firstTokenNanos, long endNanos,
		List<Long> contentEventNanos, long promptTokens, long completionTokens) {

	public StreamedRequest {
		contentEventNanos = List.copyOf(contentEventNanos);
	}

	/** How a request ended. */
	public enum Outcome {

		COMPLETED,
		/** The server answered with an HTTP error or refused the connection. */
		ERROR,
		/** No last event within the request timeout. */
		TIMEOUT,
		/** An event that is not the OpenAI streaming format. */
		MALFORMED

	}

	public boolean completed() {
		return this.outcome == Outcome.COMPLETED;
	}

}
