package com.breakeven.web.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's usage and costs APIs on a local port (WireMock), serving {@value #DAYS} days
 * of recorded pages: the recorded bucket of each API (see {@code connectors/README.md})
 * moved to each day of the backfill, its counts and amounts multiplied by the day's
 * number (1 to 90). Usage comes in pages of {@value #USAGE_PAGE_DAYS} days, costs in
 * pages of {@value #COSTS_PAGE_DAYS}; a page's {@code next_page} asks for the next.
 * Requests must carry the admin key. Failures are added on top: a 429 with
 * {@code Retry-After}, a 500 once or for good.
 */
final class RecordedUsageApi implements AutoCloseable {

	static final int DAYS = 90;

	static final int USAGE_PAGE_DAYS = 31;

	static final int COSTS_PAGE_DAYS = 30;

	static final String USAGE_PATH = "/v1/organization/usage/completions";

	static final String COSTS_PATH = "/v1/organization/costs";

	static final String MODEL = "gpt-4o-2024-08-06";

	static final String PROJECT = "proj_recorded";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

	private final LocalDate firstDay;

	private final String adminKey;

	RecordedUsageApi(LocalDate firstDay, String adminKey) {
		this.firstDay = firstDay;
		this.adminKey = adminKey;
		this.server.start();
		servePages(USAGE_PATH, "organization_usage_completions.example-response.json", USAGE_PAGE_DAYS);
		servePages(COSTS_PATH, "organization_costs.example-response.json", COSTS_PAGE_DAYS);
	}

	URI url() {
		return URI.create(this.server.baseUrl());
	}

	/**
	 * The first request of the usage backfill is answered 429 with Retry-After: 1, once.
	 */
	void throttleFirstUsagePage() {
		this.server.stubFor(page(USAGE_PATH, 0).atPriority(1)
			.inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"message\": \"Rate limit reached for organization usage\"}}"))
			.willSetStateTo("served"));
	}

	/** The page is answered 500 once, then served. */
	void failOnce(String path, int page) {
		String scenario = "fail-once-" + path + "-" + page;
		this.server.stubFor(page(path, page).atPriority(1)
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"internal error\"}}"))
			.willSetStateTo("recovered"));
	}

	/**
	 * The page is answered 500 until {@link #recover}: the provider down for longer than
	 * a pull retries.
	 */
	UUID failFromNowOn(String path, int page) {
		return this.server
			.stubFor(page(path, page).atPriority(1)
				.willReturn(aResponse().withStatus(500)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\": {\"message\": \"The server had an error processing your request\"}}")))
			.getId();
	}

	void recover(UUID failure) {
		this.server.removeStubMapping(this.server.getStubMapping(failure).getItem());
	}

	/** The requests of a path, in the order they came. */
	List<LoggedRequest> requests(String path) {
		return this.server.findAll(getRequestedFor(urlPathEqualTo(path)));
	}

	void forgetRequests() {
		this.server.resetRequests();
	}

	/**
	 * @return the number of the page a request asked for (0 for the first, asked without
	 * a token)
	 */
	static int pageAsked(LoggedRequest request) {
		var page = request.queryParameter("page");
		return page.isPresent() ? Integer.parseInt(page.firstValue().substring(page.firstValue().lastIndexOf('-') + 1))
				: 0;
	}

	private void servePages(String path, String recorded, int pageDays) {
		JsonNode example = read(recorded);
		int pages = (DAYS + pageDays - 1) / pageDays;
		for (int page = 0; page < pages; page++) {
			ObjectNode body = (ObjectNode) example.deepCopy();
			ArrayNode data = JSON.createArrayNode();
			for (int day = page * pageDays; day < Math.min(DAYS, (page + 1) * pageDays); day++) {
				data.add(bucket(example.path("data").get(0), day));
			}
			body.set("data", data);
			boolean more = page < pages - 1;
			body.put("has_more", more);
			if (more) {
				body.put("next_page", token(example, page + 1));
			}
			else {
				body.putNull("next_page");
			}
			this.server.stubFor(page(path, page).atPriority(5)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody(JSON.writeValueAsString(body))));
		}
	}

	private MappingBuilder page(String path, int page) {
		StringValuePattern asked = (page == 0) ? absent() : equalTo(token(read(recordedOf(path)), page));
		return get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + this.adminKey))
			.withQueryParam("page", asked);
	}

	private static String recordedOf(String path) {
		return USAGE_PATH.equals(path) ? "organization_usage_completions.example-response.json"
				: "organization_costs.example-response.json";
	}

	/**
	 * The recorded token (the costs example has none: the usage one serves) and the page.
	 */
	private static String token(JsonNode example, int page) {
		String recorded = example.path("next_page").isString() ? example.path("next_page").asString()
				: "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=";
		return recorded + "-" + page;
	}

	/**
	 * The recorded bucket on the backfill's day {@code index} (0-based), scaled by index
	 * + 1.
	 */
	private JsonNode bucket(JsonNode recorded, int index) {
		ObjectNode bucket = (ObjectNode) recorded.deepCopy();
		long start = this.firstDay.plusDays(index).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		bucket.put("start_time", start);
		bucket.put("end_time", start + 86_400);
		long factor = index + 1;
		for (JsonNode result : bucket.path("results")) {
			ObjectNode row = (ObjectNode) result;
			for (Map.Entry<String, JsonNode> field : List.copyOf(row.properties())) {
				if (field.getValue().isIntegralNumber()) {
					row.put(field.getKey(), field.getValue().longValue() * factor);
				}
			}
			if (row.has("amount")) {
				ObjectNode amount = (ObjectNode) row.path("amount");
				amount.put("value", amount.path("value").decimalValue().multiply(BigDecimal.valueOf(factor)));
				row.put("line_item", MODEL + ", input");
			}
			else {
				row.put("model", MODEL);
			}
			row.put("project_id", PROJECT);
		}
		return bucket;
	}

	private static JsonNode read(String name) {
		try (InputStream in = RecordedUsageApi.class.getResourceAsStream("/connectors/" + name)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
