package com.breakeven.ingestion.evaluation;

/**
 * What one task's request brought back.
 *
 * @param taskId the task asked
 * @param outcome answered, failed or timed out
 * @param content the answer's text ({@code null} unless answered)
 * @param promptTokens prompt tokens as the server counted them, {@code -1} when it sent
 * no usage
 * @param completionTokens completion tokens as the server counted them, {@code -1} when
 * it sent no usage
 * @param latencyMs from sending the request to the answer's last byte, milliseconds
 * @param detail why it failed, in words, or {@code null}
 */
public record ChatAnswer(String taskId, Outcome outcome, String content, long promptTokens, long completionTokens,
		double latencyMs, String detail) {

	/** How a request ended. */
	public enum Outcome {

		/** An answer came back and was scored. */
		ANSWERED,
		/** An HTTP error, a refused connection or a response without an answer. */
		FAILED,
		/** No answer within the request timeout. */
		TIMED_OUT

	}

	static ChatAnswer failed(String taskId, Outcome outcome, double latencyMs, String detail) {
		return new ChatAnswer(taskId, outcome, null, -1, -1, latencyMs, detail);
	}

	/** Whether the server counted the tokens of the answer. */
	public boolean hasUsage() {
		return this.promptTokens >= 0 && this.completionTokens >= 0;
	}

}
