package com.breakeven.ingestion.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The client against Anthropic's messages usage report on a local port (WireMock),
 * answering the recorded example page of the Admin API reference
 * ({@code usage/anthropic/messages_usage_report.example-response.json}).
 */
class UsageApiClientTest {

	private static final AdminKey KEY = new AdminKey("sk-ant-admin01-recorded-7Q2z");

	private static final PullWindow AUGUST_1_TO_8 = new PullWindow(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 8));

	private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> waits = new ArrayList<>();

	private UsageApiClient client;

	@BeforeEach
	void start() {
		this.server.start();
		this.client = new UsageApiClient(HttpClient.newHttpClient(),
				new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30)), Duration.ofSeconds(10),
				this.waits::add, Clock.systemUTC());
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void fetch_sendsTheAdminKeyAsAnthropicDocumentsItAndReadsThePageCursor() throws IOException {
		this.server.stubFor(get(urlPathEqualTo("/v1/organizations/usage_report/messages"))
			.withHeader("x-api-key", equalTo("sk-ant-admin01-recorded-7Q2z"))
			.withHeader("anthropic-version", equalTo("2023-06-01"))
			.willReturn(aResponse().withStatus(200).withBody(recorded())));

		ReportPage page = this.client.fetch(UsageEndpoint.ANTHROPIC_USAGE,
				UsageEndpoint.ANTHROPIC_USAGE.uri(URI.create(this.server.baseUrl()), AUGUST_1_TO_8, null), KEY);

		assertThat(page.hasMore()).isTrue();
		assertThat(page.nextPage()).isEqualTo("2019-12-27T18:11:19.117Z");
		assertThat(page.buckets()).isEqualTo(1);
		assertThat(page.results()).isEqualTo(1);
		var request = this.server.findAll(getRequestedFor(urlPathEqualTo("/v1/organizations/usage_report/messages")))
			.get(0);
		assertThat(request.queryParameter("starting_at").firstValue()).isEqualTo("2025-08-01T00:00:00Z");
		assertThat(request.queryParameter("ending_at").firstValue()).isEqualTo("2025-08-08T00:00:00Z");
		assertThat(request.queryParameter("limit").firstValue()).isEqualTo("7");
		assertThat(request.queryParameter("group_by[]").values()).containsExactly("model", "workspace_id",
				"service_tier", "context_window");
	}

	@Test
	void fetch_stopsAtOnceOnARefusedKeyWithTheProvidersMessageAndNotTheKey() {
		this.server.stubFor(get(urlPathEqualTo("/v1/organizations/cost_report")).willReturn(aResponse().withStatus(401)
			.withBody("{\"type\": \"error\", \"error\": {\"type\": \"authentication_error\","
					+ " \"message\": \"invalid x-api-key\"}}")));

		assertThatThrownBy(() -> this.client.fetch(UsageEndpoint.ANTHROPIC_COSTS,
				UsageEndpoint.ANTHROPIC_COSTS.uri(URI.create(this.server.baseUrl()), AUGUST_1_TO_8, "page_2"), KEY))
			.isInstanceOf(ConnectorException.class)
			.hasMessage("Anthropic GET /v1/organizations/cost_report answered 401: invalid x-api-key")
			.satisfies(ex -> assertThat(((ConnectorException) ex).status()).isEqualTo(401));
		assertThat(this.waits).isEmpty();
	}

	@Test
	void fetch_givesUpAfterTheLastAttemptOfA503() {
		this.server.stubFor(get(urlPathEqualTo("/v1/organization/costs")).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> this.client.fetch(UsageEndpoint.OPENAI_COSTS,
				UsageEndpoint.OPENAI_COSTS.uri(URI.create(this.server.baseUrl()), AUGUST_1_TO_8, null), KEY))
			.hasMessage("OpenAI GET /v1/organization/costs answered 503 3 times: the next pull continues from here");
		// 1 s, then 2 s: the doubling backoff
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo("/v1/organization/costs")))).hasSize(3);
	}

	private static byte[] recorded() throws IOException {
		try (InputStream in = UsageApiClientTest.class
			.getResourceAsStream("/usage/anthropic/messages_usage_report.example-response.json")) {
			return in.readAllBytes();
		}
	}

}
