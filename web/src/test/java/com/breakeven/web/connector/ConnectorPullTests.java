package com.breakeven.web.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.ingestion.connector.ConnectorProvider;
import com.breakeven.ingestion.connector.ConnectorRefused;
import com.breakeven.ingestion.connector.ConnectorView;
import com.breakeven.ingestion.connector.Connectors;
import com.breakeven.ingestion.connector.UsageApiClient;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A connector against OpenAI's usage and costs APIs served from recorded pages on a local
 * port (nothing reaches the network), through the usage import job into the ledger, on H2
 * and PostgreSQL: the 90-day backfill, a 429 honoured, a 500 retried, a pull stopped
 * mid-way by a provider that keeps failing and resumed at the page after the last one
 * stored, with the same totals as a pull that was never stopped.
 */
class ConnectorPullTests extends BothDatabasesTest {

	/** 32 bytes in base64: the sealing key of these tests. */
	private static final String SECRET_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private static final String ADMIN_KEY = "sk-admin-recorded-test-9f3c";

	/** 1 + 2 + … + 90, the factors of the 90 recorded days. */
	private static final long FACTORS = 90 * 91 / 2;

	@TempDir
	Path spool;

	private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

	@Test
	void pull_resumedAfterAStopMidBackfillStoresTheSameTotalsAsAnUninterruptedPull() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		try (RecordedUsageApi api = new RecordedUsageApi(today.minusDays(RecordedUsageApi.DAYS), ADMIN_KEY)) {
			Totals uninterrupted;
			try (TestDatabase reference = this.kind.open();
					ConfigurableApplicationContext app = start(reference, api)) {
				Connectors connectors = app.getBean(Connectors.class);
				ConnectorView created = connectors.create("openai-reference", ConnectorProvider.OPENAI, ADMIN_KEY, null,
						"admin");
				ConnectorView pulled = connectors.pull(created.id(), "test");
				assertThat(pulled.lastError()).isNull();
				assertThat(pulled.lagDays()).isZero();
				assertThat(pulled.rowsPulled()).isEqualTo(2 * RecordedUsageApi.DAYS);
				uninterrupted = Totals.of(reference);
			}
			// usage: 450 uncached text input tokens a recorded day (500 uncached − 50
			// audio),
			// 400 cached, 450 text output (500 − 50 audio); costs: 0.06 USD a day; each ×
			// 1…90
			assertThat(uninterrupted).isEqualTo(new Totals(450 * FACTORS, 400 * FACTORS, 450 * FACTORS,
					new BigDecimal("0.06").multiply(BigDecimal.valueOf(FACTORS)), 2 * RecordedUsageApi.DAYS));
			List<LoggedRequest> first = api.requests(RecordedUsageApi.USAGE_PATH);
			assertThat(first.get(0).queryParameter("bucket_width").firstValue()).isEqualTo("1d");
			assertThat(first.get(0).queryParameter("group_by").values()).contains("model", "project_id");
			long start = Long.parseLong(first.get(0).queryParameter("start_time").firstValue());
			long end = Long.parseLong(first.get(0).queryParameter("end_time").firstValue());
			assertThat(end - start).isEqualTo(RecordedUsageApi.DAYS * 86_400L);

			api.forgetRequests();
			api.throttleFirstUsagePage();
			api.failOnce(RecordedUsageApi.USAGE_PATH, 1);
			UUID down = api.failFromNowOn(RecordedUsageApi.USAGE_PATH, 2);
			try (ConfigurableApplicationContext app = start(this.database, api)) {
				Connectors connectors = app.getBean(Connectors.class);
				ConnectorView created = connectors.create("openai-prod", ConnectorProvider.OPENAI, ADMIN_KEY, null,
						"admin");
				ConnectorView stopped = connectors.pull(created.id(), "test");

				assertThat(stopped.lastError()).contains("answered 500").contains("3 times");
				assertThat(stopped.lastSuccessAt()).isNull();
				ConnectorView.StreamView usage = stopped.streams().get(0);
				assertThat(usage.pagesPulled()).isEqualTo(2);
				assertThat(usage.resumesAt()).isEqualTo(today.minusDays(RecordedUsageApi.DAYS));
				assertThat(Totals.of(this.database).rows()).isEqualTo(2L * RecordedUsageApi.USAGE_PAGE_DAYS);
				// the 429's Retry-After, then the doubling backoff of the 500s (2 s, 4 s)
				assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
						Duration.ofSeconds(2), Duration.ofSeconds(4));

				api.recover(down);
				ConnectorView resumed = connectors.pull(created.id(), "test");

				assertThat(resumed.lastError()).isNull();
				assertThat(resumed.lagDays()).isZero();
				assertThat(Totals.of(this.database)).isEqualTo(uninterrupted);
				// pages 0 and 1 were asked for only before the stop (0 twice: the 429)
				assertThat(api.requests(RecordedUsageApi.USAGE_PATH).stream().map(RecordedUsageApi::pageAsked))
					.containsExactly(0, 0, 1, 1, 2, 2, 2, 2);
				assertThat(resumed.rowsPulled()).isEqualTo(2 * RecordedUsageApi.DAYS);
				assertThat(JdbcClient.create(this.database.dataSource())
					.sql("SELECT key_ciphertext FROM usage_connector WHERE id = ?")
					.param(created.id())
					.query(String.class)
					.single()).startsWith("v1:").doesNotContain(ADMIN_KEY);
				assertThat(resumed.keyLastFour()).isEqualTo("9f3c");
			}
		}
	}

	/**
	 * A process killed after importing pages but before saving their cursor: its lease is
	 * taken over once stale, the pages are pulled again, and the ledger holds each day
	 * once.
	 */
	@Test
	void pull_takesOverADeadPullsLeaseAndPullsItsUnsavedPagesAgainWithoutDuplicates() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		try (RecordedUsageApi api = new RecordedUsageApi(today.minusDays(RecordedUsageApi.DAYS), ADMIN_KEY);
				ConfigurableApplicationContext app = start(this.database, api)) {
			Connectors connectors = app.getBean(Connectors.class);
			long id = connectors.create("openai-prod", ConnectorProvider.OPENAI, ADMIN_KEY, null, "admin").id();
			assertThat(connectors.pull(id, "test").lastError()).isNull();
			Totals once = Totals.of(this.database);
			String secondPage = api.requests(RecordedUsageApi.USAGE_PATH).get(1).queryParameter("page").firstValue();
			JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
			// the cursor as it was after the first usage page, and the lease of a pull
			// that started three hours ago and died
			jdbc.sql("UPDATE usage_connector_stream SET complete_through = NULL, window_start = ?, window_end = ?,"
					+ " next_page = ? WHERE connector_id = ? AND stream = 'USAGE'")
				.params(today.minusDays(RecordedUsageApi.DAYS), today, secondPage, id)
				.update();
			jdbc.sql("UPDATE usage_connector SET running_since = ? WHERE id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id)
				.update();
			assertThatThrownBy(() -> connectors.pull(id, "test")).isInstanceOf(ConnectorRefused.class)
				.hasMessage("connector 'openai-prod' is being pulled now");
			jdbc.sql("UPDATE usage_connector SET running_since = ? WHERE id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(3), id)
				.update();
			api.forgetRequests();

			ConnectorView again = connectors.pull(id, "test");

			assertThat(again.lastError()).isNull();
			assertThat(again.running()).isFalse();
			assertThat(api.requests(RecordedUsageApi.USAGE_PATH).stream().map(RecordedUsageApi::pageAsked))
				.containsExactly(1, 2);
			assertThat(Totals.of(this.database)).isEqualTo(once);
		}
	}

	@Test
	void pull_backfillsAnAnthropicConnectorFromTheAdminApiReports() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate first = today.minusDays(RecordedUsageApi.DAYS);
		try (RecordedUsageApi api = new RecordedUsageApi(RecordedUsageApi.Provider.ANTHROPIC, first, ADMIN_KEY);
				ConfigurableApplicationContext app = start(this.database, api)) {
			Connectors connectors = app.getBean(Connectors.class);
			long id = connectors.create("anthropic-prod", ConnectorProvider.ANTHROPIC, ADMIN_KEY, 90, "admin").id();

			ConnectorView pulled = connectors.pull(id, "test");

			assertThat(pulled.lastError()).isNull();
			assertThat(pulled.lagDays()).isZero();
			// a recorded day: 1,500 uncached input, 200 cache-read and 500 output tokens;
			// "123.78912" cents = 1.2378912 USD; each × 1…90
			assertThat(Totals.of(this.database)).isEqualTo(new Totals(1500 * FACTORS, 200 * FACTORS, 500 * FACTORS,
					new BigDecimal("1.2378912").multiply(BigDecimal.valueOf(FACTORS)), 2 * RecordedUsageApi.DAYS));
			LoggedRequest firstPage = api.requests(RecordedUsageApi.Provider.ANTHROPIC.usagePath).get(0);
			Instant startingAt = Instant.parse(firstPage.queryParameter("starting_at").firstValue());
			Instant endingAt = Instant.parse(firstPage.queryParameter("ending_at").firstValue());
			assertThat(Duration.between(startingAt, endingAt)).isEqualTo(Duration.ofDays(RecordedUsageApi.DAYS));
			assertThat(endingAt.atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
			assertThat(firstPage.getHeader("anthropic-version")).isEqualTo("2023-06-01");
			assertThat(api.requests(RecordedUsageApi.Provider.ANTHROPIC.costsPath)).hasSize(3);
		}
	}

	@Test
	void create_refusesToStoreAKeyWithoutAnEncryptionKey() {
		try (RecordedUsageApi api = new RecordedUsageApi(LocalDate.now(ZoneOffset.UTC), ADMIN_KEY);
				ConfigurableApplicationContext app = start(this.database, api, "")) {
			assertThatThrownBy(() -> app.getBean(Connectors.class)
				.create("openai-prod", ConnectorProvider.OPENAI, ADMIN_KEY, null, "admin"))
				.isInstanceOf(ConnectorRefused.class)
				.hasMessageContaining("BREAKEVEN_SECRET_KEY")
				.hasMessageContaining("breakeven.secrets.key-file");
			assertThat(JdbcClient.create(this.database.dataSource())
				.sql("SELECT COUNT(*) FROM usage_connector")
				.query(Long.class)
				.single()).isZero();
		}
	}

	private ConfigurableApplicationContext start(TestDatabase database, RecordedUsageApi api) {
		return start(database, api, SECRET_KEY);
	}

	private ConfigurableApplicationContext start(TestDatabase database, RecordedUsageApi api, String secretKey) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.web-application-type=none",
				"--breakeven.sample-data.enabled=false", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--BREAKEVEN_SECRET_KEY=" + secretKey,
				"--breakeven.connectors.openai-url=" + api.url(), "--breakeven.connectors.anthropic-url=" + api.url(),
				"--breakeven.connectors.pull-cron=-", "--breakeven.connectors.max-attempts=3",
				"--breakeven.connectors.spool-directory=" + this.spool));
		return new SpringApplicationBuilder(BreakevenApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean(UsageApiClient.Sleeper.class,
					() -> this.waits::add))
			.run(arguments.toArray(String[]::new));
	}

	/** What the ledger holds, summed over every row. */
	record Totals(long inputTokens, long cachedInputTokens, long outputTokens, BigDecimal billedCost, long rows) {

		static Totals of(TestDatabase database) {
			return JdbcClient.create(database.dataSource())
				.sql("SELECT COALESCE(SUM(input_tokens), 0), COALESCE(SUM(cached_input_tokens), 0),"
						+ " COALESCE(SUM(output_tokens), 0), COALESCE(SUM(billed_cost), 0), COUNT(*) FROM usage_daily")
				.query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getBigDecimal(4).stripTrailingZeros(), rs.getLong(5)))
				.single();
		}

		Totals {
			billedCost = billedCost.stripTrailingZeros();
		}

	}

}
