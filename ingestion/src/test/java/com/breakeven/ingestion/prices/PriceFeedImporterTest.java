package com.breakeven.ingestion.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.PriceFeedImportProperties;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.pricing.CatalogueImport;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.PriceReviewRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

/**
 * A price feed import is one run: all of the feed, or nothing and a FAILED run that says
 * why.
 */
class PriceFeedImporterTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

	private static final String GOOD = """
			{
			  "gpt-4o": {"input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
			             "litellm_provider": "openai", "mode": "chat", "max_input_tokens": 128000},
			  "claude-sonnet-4-5": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05,
			             "litellm_provider": "anthropic", "mode": "chat", "max_input_tokens": 200000},
			  "text-embedding-3-small": {"input_cost_per_token": 2e-08, "litellm_provider": "openai",
			             "mode": "embedding"}
			}
			""";

	/** Per-million values written where per-token values belong. */
	private static final String PER_MILLION_IN_PER_TOKEN_FIELD = """
			{ "gpt-4o": {"input_cost_per_token": 2.5, "output_cost_per_token": 10,
			             "litellm_provider": "openai", "mode": "chat"} }
			""";

	@TempDir
	Path directory;

	private JdbcClient jdbc;

	private ImportRunRepository runs;

	private HttpServer server;

	@BeforeEach
	void repositories() {
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.runs = new ImportRunRepository(this.jdbc, CLOCK);
	}

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void importFeed_fromAFileCompletesWithCountsAndTheSourceHash() throws IOException {
		ImportRun run = importer(PriceFeedImportProperties.DEFAULTS).importFeed("litellm", file("good.json", GOOD),
				JULY, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.counts().read()).isEqualTo(3);
		assertThat(run.counts().added()).isEqualTo(2);
		assertThat(run.sourceSha256()).hasSize(64);
		assertThat(run.message()).contains("not priced (other modes): embedding 1");
		assertThat(count("price")).isEqualTo(2);
	}

	@Test
	void importFeed_failsOnMalformedJsonAndLeavesTheCatalogueAsItWas() throws IOException {
		PriceFeedImporter importer = importer(PriceFeedImportProperties.DEFAULTS);
		importer.importFeed("litellm", file("good.json", GOOD), JULY, "test");
		long pricesBefore = count("price");
		long modelsBefore = count("model");

		ImportRun run = importer.importFeed("litellm", file("broken.json", GOOD.substring(0, 150)), JULY.plusDays(1),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).contains("broken.json is not valid JSON (truncated or malformed)");
		assertThat(count("price")).isEqualTo(pricesBefore);
		assertThat(count("model")).isEqualTo(modelsBefore);
	}

	@Test
	void importFeed_failsOnAnAbsurdPriceNamingModelAndFieldAndKeepsNothing() throws IOException {
		ImportRun run = importer(PriceFeedImportProperties.DEFAULTS).importFeed("litellm",
				file("per-million.json", PER_MILLION_IN_PER_TOKEN_FIELD), JULY, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).isEqualTo("1 of 1 entries refused (100.0 %, more than the 2.0 % allowed), nothing"
				+ " imported; first: entry 1 'gpt-4o', field 'input_cost_per_token': per token is 2500000 per million"
				+ " tokens, more than 1000: a per-million value in a per-token field? (value '2.5')");
		assertThat(count("price")).isZero();
		assertThat(count("model")).isZero();
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"negative price|{\"gpt-4o\": {\"input_cost_per_token\": -2.5e-06, \"output_cost_per_token\": 1e-05,"
					+ " \"litellm_provider\": \"openai\", \"mode\": \"chat\"}}|field 'input_cost_per_token': per token is negative",
			"missing price field|{\"gpt-4o\": {\"input_cost_per_token\": 2.5e-06, \"litellm_provider\": \"openai\","
					+ " \"mode\": \"chat\"}}|field 'output_cost_per_token': is missing while input_cost_per_token is given" })
	void importFeed_failsOnABadEntryNamingModelAndFieldAndKeepsNothing(String defect, String json, String named)
			throws IOException {
		PriceFeedImporter importer = importer(PriceFeedImportProperties.DEFAULTS);
		importer.importFeed("litellm", file("good.json", GOOD), JULY, "test");
		long pricesBefore = count("price");

		ImportRun run = importer.importFeed("litellm", file("bad.json", json), JULY.plusMonths(1), "test");

		assertThat(run.status()).as(defect).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).contains("entry 1 'gpt-4o', " + named);
		assertThat(count("price")).isEqualTo(pricesBefore);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM price WHERE effective_to IS NOT NULL").query(Long.class).single())
			.isZero();
	}

	@Test
	void importFeed_belowTheRefusedShareQuarantinesBadEntriesAndAppliesTheRest() throws IOException {
		String oneBadOfThree = GOOD.replace("\"claude-sonnet-4-5\": {\"input_cost_per_token\": 3e-06",
				"\"claude-sonnet-4-5\": {\"input_cost_per_token\": -3e-06");

		ImportRun run = importer(new PriceFeedImportProperties(Duration.ofSeconds(5), 0.5)).importFeed("litellm",
				file("one-bad.json", oneBadOfThree), JULY, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.counts().rejected()).isEqualTo(1);
		assertThat(count("price")).isEqualTo(1);
		assertThat(this.runs.quarantinedRows(run.id())).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.column()).isEqualTo("input_cost_per_token");
			assertThat(row.reason()).isEqualTo("claude-sonnet-4-5: per token is negative");
		});
	}

	/**
	 * Both real feeds as shipped in sample-data (byte-identical copies of
	 * ../shared/data/pricing): the daily refresh of an unchanged feed is no change.
	 */
	@Test
	void importFeed_reimportingBothUnchangedRealFeedsRecordsNoChange() {
		PriceFeedImporter importer = importer(PriceFeedImportProperties.DEFAULTS);
		// as the sample data does: LiteLLM first, then OpenRouter
		Map<String, String> feeds = new LinkedHashMap<>();
		feeds.put(LiteLlmFeed.CODE, "classpath:sample-data/feeds/litellm_model_prices_and_context_window.json");
		feeds.put(OpenRouterFeed.CODE,
				"classpath:sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json");
		feeds.forEach((code, location) -> importer.importFeed(code, location, JULY, "test"));
		long prices = count("price");

		for (LocalDate day : List.of(JULY.plusDays(1), JULY.plusDays(1))) {
			feeds.forEach((code, location) -> {
				ImportRun again = importer.importFeed(code, location, day, "schedule");
				assertThat(again.status()).as(code).isEqualTo(ImportStatus.COMPLETED);
				assertThat(again.counts().changed()).as(code).isZero();
				assertThat(again.counts().added()).as(code).isZero();
				assertThat(again.message()).as(code).contains("modality statements: 0 added, 0 removed");
			});
		}
		assertThat(count("price")).isEqualTo(prices);
	}

	@Test
	void importFeed_recordsAMissingFileAsAFailedRun() {
		ImportRun run = importer(PriceFeedImportProperties.DEFAULTS).importFeed("litellm",
				this.directory.resolve("absent.json").toString(), JULY, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).startsWith("cannot read file ").contains("absent.json");
	}

	@Test
	void importFeed_fetchesTheFeedOverHttp() throws IOException {
		String url = serve("/model_prices.json", 200, GOOD, Duration.ZERO);

		ImportRun run = importer(PriceFeedImportProperties.DEFAULTS).importFeed("litellm", url, JULY, "schedule");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.source()).isEqualTo(url);
		assertThat(count("price")).isEqualTo(2);
	}

	@Test
	void importFeed_failsOnAnHttpErrorOrATimeout() throws IOException {
		String missing = serve("/gone.json", 404, "not here", Duration.ZERO);
		PriceFeedImporter impatient = importer(new PriceFeedImportProperties(Duration.ofMillis(500), 0.02));

		assertThat(impatient.importFeed("litellm", missing, JULY, "test").message())
			.isEqualTo(missing + " answered HTTP 404");
		String slow = serve("/slow.json", 200, GOOD, Duration.ofSeconds(3));
		assertThat(impatient.importFeed("litellm", slow, JULY, "test").message())
			.isEqualTo(slow + " did not answer within 500 ms");
		assertThat(count("price")).isZero();
	}

	private PriceFeedImporter importer(PriceFeedImportProperties properties) {
		CatalogueImport catalogueImport = new CatalogueImport(new ProviderRepository(this.jdbc, CLOCK),
				new ModelRepository(this.jdbc, CLOCK), new PriceRepository(this.jdbc, CLOCK),
				new PriceReviewRepository(this.jdbc, CLOCK));
		return new PriceFeedImporter(catalogueImport, this.runs, new JdbcTransactionManager(this.database.dataSource()),
				properties);
	}

	private String file(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content).toString();
	}

	private String serve(String path, int status, String body, Duration delay) throws IOException {
		if (this.server == null) {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.start();
		}
		this.server.createContext(path, exchange -> {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
			catch (IOException ex) {
				// the client gave up waiting: expected in the timeout test
			}
		});
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
