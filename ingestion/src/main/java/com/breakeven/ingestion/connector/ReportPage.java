package com.breakeven.ingestion.connector;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of a usage or cost report, as received: its bytes (what the usage import
 * reads, with the format of a downloaded page), and what the pull needs to go on —
 * whether more pages follow, the next page's token and how many results it holds.
 *
 * @param body the answer's bytes
 * @param hasMore whether another page follows
 * @param nextPage the token that asks for it, else {@code null}
 * @param buckets its time buckets (days)
 * @param results results over all its buckets (rows pulled)
 */
public record ReportPage(byte[] body, boolean hasMore, String nextPage, int buckets, long results) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param body an answer's bytes
	 * @param source what answered, for messages ({@code GET /v1/organization/costs})
	 * @return the page
	 * @throws ConnectorException when it is not a report page, or says more pages follow
	 * without saying how to ask for them
	 */
	public static ReportPage read(byte[] body, String source) {
		JsonNode page;
		try {
			page = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ConnectorException(
					source + " answered with something that is not JSON: " + ex.getOriginalMessage());
		}
		JsonNode data = page.path("data");
		if (!data.isArray()) {
			throw new ConnectorException(source + " answered without a \"data\" array of buckets");
		}
		boolean hasMore = page.path("has_more").asBoolean(false);
		JsonNode next = page.get("next_page");
		String nextPage = (next == null || next.isNull() || next.asString().isBlank()) ? null : next.asString();
		if (hasMore && nextPage == null) {
			throw new ConnectorException(source + " answered has_more: true without a next_page token");
		}
		long results = 0;
		for (JsonNode bucket : data) {
			results += bucket.path("results").size();
		}
		return new ReportPage(body, hasMore, nextPage, data.size(), results);
	}

}
