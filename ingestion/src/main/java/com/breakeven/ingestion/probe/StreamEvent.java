package com.breakeven.ingestion.probe;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of an OpenAI-compatible chat completion stream (server-sent events), read:
 * {@code data: {json chunk}}, {@code data: [DONE]}, blank lines and comments between
 * events. A chunk may carry content (or reasoning content), the final usage, or an error.
 *
 * @param kind what the line is
 * @param content whether the chunk carries generated text
 * @param promptTokens usage's prompt tokens, or {@code -1}
 * @param completionTokens usage's completion tokens, or {@code -1}
 * @param detail the error or the malformed line, else {@code null}
 */
public record StreamEvent(Kind kind, boolean content, long promptTokens, long completionTokens, String detail) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final StreamEvent NOTHING = new StreamEvent(Kind.NOTHING, false, -1, -1, null);

	private static final StreamEvent DONE = new StreamEvent(Kind.DONE, false, -1, -1, null);

	private static final int SHOWN_CHARACTERS = 120;

	/** What a line is. */
	public enum Kind {

		/** A blank line, a comment or another SSE field: nothing to count. */
		NOTHING,
		/** A chunk of the completion. */
		CHUNK,
		/** The stream's end. */
		DONE,
		/** The server reported an error inside the stream. */
		ERROR,
		/** Not the streaming format. */
		MALFORMED

	}

	/**
	 * @param line one line of the response body, without its line break
	 */
	public static StreamEvent parse(String line) {
		if (line.isBlank() || line.startsWith(":") || line.startsWith("event:") || line.startsWith("id:")
				|| line.startsWith("retry:")) {
			return NOTHING;
		}
		if (!line.startsWith("data:")) {
			return malformed("not a server-sent event: " + shown(line));
		}
		String data = line.substring(5).strip();
		if (data.equals("[DONE]")) {
			return DONE;
		}
		JsonNode chunk;
		try {
			chunk = JSON.readTree(data);
		}
		catch (JacksonException ex) {
			return malformed("data is not JSON: " + shown(data));
		}
		if (!chunk.isObject()) {
			return malformed("data is not a JSON object: " + shown(data));
		}
		if (chunk.has("error")) {
			JsonNode error = chunk.get("error");
			return new StreamEvent(Kind.ERROR, false, -1, -1,
					error.isObject() ? error.path("message").asString(error.toString()) : error.asString());
		}
		JsonNode delta = chunk.path("choices").path(0).path("delta");
		boolean content = !delta.path("content").asString("").isEmpty()
				|| !delta.path("reasoning_content").asString("").isEmpty()
				|| !delta.path("reasoning").asString("").isEmpty();
		JsonNode usage = chunk.path("usage");
		long prompt = usage.path("prompt_tokens").isIntegralNumber() ? usage.path("prompt_tokens").longValue() : -1;
		long completion = usage.path("completion_tokens").isIntegralNumber()
				? usage.path("completion_tokens").longValue() : -1;
		return new StreamEvent(Kind.CHUNK, content, prompt, completion, null);
	}

	private static StreamEvent malformed(String detail) {
		return new StreamEvent(Kind.MALFORMED, false, -1, -1, detail);
	}

	private static String shown(String text) {
		return (text.length() <= SHOWN_CHARACTERS) ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
	}

}
