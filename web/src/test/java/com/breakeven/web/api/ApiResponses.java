package com.breakeven.web.api;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading an API answer in a test: its status checked (the body shown on failure), its
 * JSON.
 */
public final class ApiResponses {

	private ApiResponses() {
	}

	/**
	 * @param result the exchange
	 * @param json the application's mapper
	 * @param expectedStatus the HTTP status it must have
	 * @return the body as JSON
	 */
	public static JsonNode body(MvcTestResult result, JsonMapper json, int expectedStatus) {
		String text;
		try {
			text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(result.getResponse().getStatus()).as(text).isEqualTo(expectedStatus);
		return json.readTree(text);
	}

	/**
	 * Follows an upload until its run completes, or a minute passes.
	 * @param upload the upload's status as the API answers it at its location
	 * @return its last status
	 */
	public static JsonNode completed(java.util.function.Supplier<JsonNode> upload) throws InterruptedException {
		JsonNode status = upload.get();
		java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofSeconds(60));
		while (!status.get("status").asString().equals("COMPLETED") && java.time.Instant.now().isBefore(deadline)) {
			assertThat(status.get("status").asString()).isIn("QUEUED", "RUNNING");
			Thread.sleep(200);
			status = upload.get();
		}
		return status;
	}

}
