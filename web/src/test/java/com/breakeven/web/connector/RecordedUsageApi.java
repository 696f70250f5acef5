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

	/** One provider's two reports as recorded, and how a request carries the key. */
	enum Provider {

		OPENAI("/v1/organization/usage/completions", "organization_usage_completions.example-response.json",
				"/v1/organization/costs", "organization_costs.example-response.json", "Authorization", "Bearer "),

		ANTHROPIC("/v1/organizations/usage_report/messages", "messages_usage_report.example-response.json",
				"/v1/organizations/cost_report", "cost_report.example-response.json", "x-api-key", "");

		final String usagePath;

		final String usageRecorded;

		final String costsPath;

		final String costsRecorded;

		final String keyHeader;

		final String keyPrefix;

		Provider(String usagePath, String usageRecorded, String costsPath, String costsRecorded, String keyHeader,
				String keyPrefix) {
			this.usagePath = usagePath;
			this.usageRecorded = usageRecorded;
			this.costsPath = costsPath;
			this.costsRecorded = costsRecorded;
			this.keyHeader = keyHeader;
			this.keyPrefix = keyPrefix;
		}

		String recorded(String path) {
			return path.equals(this.usagePath) ? this.usageRecorded : this.costsRecorded;
		}

	}

	static final int DAYS = 90;

	static final int USAGE_PAGE_DAYS = 31;

	static final int COSTS_PAGE_DAYS = 30;

	static final String USAGE_PATH = Provider.OPENAI.usagePath;

	static final String COSTS_PATH = Provider.OPENAI.costsPath;

	static final String MODEL = "gpt-4o-2024-08-06";

	static final String PROJECT = "proj_recorded";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

	private final Provider provider;

	private final LocalDate firstDay;

	private final String adminKey;

	/** OpenAI's reports. */
	RecordedUsageApi(LocalDate firstDay, String adminKey) {
		this(Provider.OPENAI, firstDay, adminKey);
	}

	RecordedUsageApi(Provider provider, LocalDate firstDay, String adminKey) {
		this.provider = provider;
		this.firstDay = firstDay;
		this.adminKey = adminKey;
		this.server.start();
		servePages(provider.usagePath, USAGE_PAGE_DAYS);
		servePages(provider.costsPath, COSTS_PAGE_DAYS);
	}

	URI url() {
		return URI.create(this.server.baseUrl());
	}

	/**
	 * The first request of the usage backfill is answered 429 with Retry-After: 1, once.
	 */
	void throttleFirstUsagePage() {
		this.server.stubFor(page(this.provider.usagePath, 0).atPriority(1)
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

	private void servePages(String path, int pageDays) {
		JsonNode example = read(this.provider.recorded(path));
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
		StringValuePattern asked = (page == 0) ? absent() : equalTo(token(read(this.provider.recorded(path)), page));
		return get(urlPathEqualTo(path))
			.withHeader(this.provider.keyHeader, equalTo(this.provider.keyPrefix + this.adminKey))
			.withQueryParam("page", asked);
	}

	/**
	 * The recorded token (OpenAI's costs example has none: its usage one serves) and the
	 * page.
	 */
	private static String token(JsonNode example, int page) {
		String recorded = example.path("next_page").isString() ? example.path("next_page").asString()
				: "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=";
		return recorded + "-" + page;
	}

	/**
	 * The recorded bucket on the backfill's day {@code index} (0-based), its counts and
	 * amounts scaled by index + 1.
	 */
	private JsonNode bucket(JsonNode recorded, int index) {
		ObjectNode bucket = (ObjectNode) recorded.deepCopy();
		LocalDate day = this.firstDay.plusDays(index);
		if (bucket.has("start_time")) {
			long start = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
			bucket.put("start_time", start);
			bucket.put("end_time", start + 86_400);
		}
		else {
			bucket.put("starting_at", day + "T00:00:00Z");
			bucket.put("ending_at", day.plusDays(1) + "T00:00:00Z");
		}
		BigDecimal factor = BigDecimal.valueOf(index + 1);
		for (JsonNode result : bucket.path("results")) {
			ObjectNode row = (ObjectNode) result;
			scale(row, index + 1);
			if (row.path("cache_creation").isObject()) {
				scale((ObjectNode) row.path("cache_creation"), index + 1);
			}
			if (row.path("amount").isObject()) {
				// OpenAI costs: a number of dollars
				ObjectNode amount = (ObjectNode) row.path("amount");
				amount.put("value", amount.path("value").decimalValue().multiply(factor));
				row.put("line_item", MODEL + ", input");
				row.put("project_id", PROJECT);
			}
			else if (row.path("amount").isString()) {
				// Anthropic costs: a decimal string of cents
				row.put("amount", new BigDecimal(row.path("amount").asString()).multiply(factor).toPlainString());
			}
			else if (row.has("project_id")) {
				// OpenAI usage: grouped by model and project
				row.put("model", MODEL);
				row.put("project_id", PROJECT);
			}
		}
		return bucket;
	}

	private static void scale(ObjectNode counts, long factor) {
		for (Map.Entry<String, JsonNode> field : List.copyOf(counts.properties())) {
			if (field.getValue().isIntegralNumber()) {
				counts.put(field.getKey(), field.getValue().longValue() * factor);
			}
		}
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
