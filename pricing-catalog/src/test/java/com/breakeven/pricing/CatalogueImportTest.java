package com.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.pricing.feed.FeedReading;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

/** Feeds apply to the catalogue with history, on H2 and PostgreSQL. */
class CatalogueImportTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

	private static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);

	private JdbcClient jdbc;

	private CatalogueImport catalogueImport;

	private TransactionTemplate transaction;

	private ModelRepository models;

	private PriceRepository prices;

	@BeforeEach
	void importer() {
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.models = new ModelRepository(this.jdbc, CLOCK);
		this.prices = new PriceRepository(this.jdbc, CLOCK);
		this.catalogueImport = new CatalogueImport(new ProviderRepository(this.jdbc, CLOCK), this.models, this.prices,
				new PriceReviewRepository(this.jdbc, CLOCK));
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(this.database.dataSource()));
	}

	/** As the import job does: one transaction per feed. */
	private CatalogueImportResult apply(FeedReading reading, LocalDate asOf) {
		return this.transaction.execute(status -> this.catalogueImport.apply(reading, asOf, null));
	}

	@Test
	void apply_storesOnePriceRowPerModelSellerRegionAndTier() throws IOException {
		CatalogueImportResult result = apply(litellm(small()), JULY);

		// gpt-4o (openai), azure-openai/eu gpt-4o, gemini base + 200k tier, bedrock us
		// claude, together llama = 6;
		// gpt-4o-2024-05-13 is a dated spelling of openai/gpt-4o at the same seller:
		// merged, its price unused
		assertThat(result.pricesAdded()).isEqualTo(6);
		assertThat(result.variantsMerged()).isEqualTo(1);
		assertThat(result.unpricedEntries()).isEqualTo(1);
		assertThat(count("price")).isEqualTo(6);
		long gpt4o = this.models.resolve("gpt-4o-2024-05-13").orElseThrow().id();
		long openai = providerId("openai");
		assertThat(this.prices.priceAt(gpt4o, openai, JULY)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo("2.5"));
		assertThat(this.models.resolve("azure/eu/gpt-4o-2024-08-06")).map(Model::id).contains(gpt4o);
	}

	@Test
	void apply_theSameSnapshotTwiceAddsNothing() throws IOException {
		apply(litellm(small()), JULY);
		long pricesBefore = count("price");
		long aliasesBefore = count("model_alias");

		CatalogueImportResult again = apply(litellm(small()), AUGUST);

		assertThat(again.pricesAdded()).isZero();
		assertThat(again.pricesChanged()).isZero();
		assertThat(again.pricesUnchanged()).isEqualTo(6);
		assertThat(count("price")).isEqualTo(pricesBefore);
		assertThat(count("model_alias")).isEqualTo(aliasesBefore);
	}

	@Test
	void apply_aChangedPriceClosesTheOldRowAndOpensOneNewRow() throws IOException {
		apply(litellm(small()), JULY);
		// gpt-4o input price cut from 2.5e-06 to 2.0e-06 per token in the August snapshot
		String cut = small().replace("\"input_cost_per_token\": 2.5e-06", "\"input_cost_per_token\": 2.0e-06");

		CatalogueImportResult result = apply(litellm(cut), AUGUST);

		assertThat(result.pricesChanged()).isEqualTo(1);
		assertThat(result.pricesUnchanged()).isEqualTo(5);
		assertThat(count("price")).isEqualTo(7);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM price WHERE effective_to = ?")
			.param(AUGUST)
			.query(Long.class)
			.single()).isEqualTo(1);
		long gpt4o = this.models.resolve("gpt-4o").orElseThrow().id();
		long openai = providerId("openai");
		assertThat(this.prices.priceAt(gpt4o, openai, LocalDate.of(2026, 7, 31))).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo("2.5"));
		assertThat(this.prices.priceAt(gpt4o, openai, AUGUST)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo("2.0"));
	}

	@Test
	void apply_holdsAMoreThanTenfoldJumpForReviewAndKeepsThePriceInForce() throws IOException {
		apply(litellm(small()), JULY);
		// 2.5e-06 → 2.5e-04 per token: 2.5 → 250 per million, a hundredfold
		String jump = small().replace("\"input_cost_per_token\": 2.5e-06", "\"input_cost_per_token\": 2.5e-04");

		CatalogueImportResult result = apply(litellm(jump), AUGUST);

		assertThat(result.pricesHeld()).isEqualTo(1);
		assertThat(count("price")).isEqualTo(6);
		assertThat(new PriceReviewRepository(this.jdbc, CLOCK).pending()).singleElement()
			.satisfies(held -> assertThat(held.reason())
				.isEqualTo("gpt-4o: input price moved from 2.5 to 250 per million tokens, more than 10x"));
		long gpt4o = this.models.resolve("gpt-4o").orElseThrow().id();
		assertThat(this.prices.priceAt(gpt4o, providerId("openai"), AUGUST)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo("2.5"));
	}

	@Test
	void approve_appliesAHeldPriceFromItsDateAndReject_keepsThePriceInForce() throws IOException {
		apply(litellm(small()), JULY);
		String jump = small().replace("\"input_cost_per_token\": 2.5e-06", "\"input_cost_per_token\": 2.5e-04")
			.replace("\"input_cost_per_token\": 1.25e-06", "\"input_cost_per_token\": 1.25e-04");
		apply(litellm(jump), AUGUST);
		PriceReviewRepository reviewRepository = new PriceReviewRepository(this.jdbc, CLOCK);
		PriceReviews reviews = new PriceReviews(reviewRepository, this.prices);
		List<PriceReviewRepository.HeldPrice> held = reviews.pending();
		assertThat(held).hasSize(2);

		reviews.approve(held.get(0).id());
		reviews.reject(held.get(1).id());

		assertThat(reviews.pending()).isEmpty();
		Price approved = held.get(0).proposed();
		assertThat(this.prices.priceAt(approved.modelId(), approved.providerId(), AUGUST)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo(approved.inputPerMtok()));
		Price rejected = held.get(1).proposed();
		assertThat(this.prices.priceAt(rejected.modelId(), rejected.providerId(), AUGUST)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isNotEqualByComparingTo(rejected.inputPerMtok()));
	}

	@Test
	void apply_storesOpenRouterDynamicPricesAsUnpricedAndUsesTheUnsuffixedPrice() throws IOException {
		FeedReading reading = read(new OpenRouterFeed(), "feeds/openrouter-small.json");

		CatalogueImportResult result = apply(reading, JULY);

		long auto = this.models.resolve("openrouter/auto").orElseThrow().id();
		assertThat(this.prices.priceAt(auto, providerId("openrouter"), JULY)).get().satisfies(price -> {
			assertThat(price.dynamic()).isTrue();
			assertThat(price.inputPerMtok()).isNull();
		});
		long llama = this.models.resolve("meta-llama/llama-3.3-70b-instruct:free").orElseThrow().id();
		assertThat(this.prices.priceAt(llama, providerId("openrouter"), JULY)).get()
			.satisfies(price -> assertThat(price.inputPerMtok()).isEqualByComparingTo("0.1"));
		assertThat(result.variantsMerged()).isEqualTo(1);
	}

	@Test
	void apply_bothRealSnapshotsMeetOnSharedModels() throws IOException {
		apply(read(new LiteLlmFeed(), "sample-data/feeds/litellm_model_prices_and_context_window.json"), JULY);
		long modelsAfterLiteLlm = count("model");

		CatalogueImportResult openRouter = apply(
				read(new OpenRouterFeed(), "sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json"),
				JULY);

		// OpenRouter's openai/gpt-4o is the same canonical model as LiteLLM's gpt-4o:
		// priced by a second seller
		long gpt4o = this.models.resolve("gpt-4o").orElseThrow().id();
		assertThat(this.models.resolve("openai/gpt-4o")).map(Model::id).contains(gpt4o);
		assertThat(this.prices.historyOf(gpt4o)).extracting(Price::source).contains("litellm", "openrouter");
		assertThat(openRouter.modelsCreated()).isPositive();
		assertThat(count("model")).isEqualTo(modelsAfterLiteLlm + openRouter.modelsCreated());
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private long providerId(String code) {
		return new ProviderRepository(this.jdbc, CLOCK).findByCode(code).orElseThrow().id();
	}

	private static String small() throws IOException {
		try (InputStream in = CatalogueImportTest.class.getClassLoader()
			.getResourceAsStream("feeds/litellm-small.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static FeedReading litellm(String json) {
		return new LiteLlmFeed().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
	}

	private static FeedReading read(com.breakeven.pricing.feed.PriceFeed feed, String resource) throws IOException {
		try (InputStream in = CatalogueImportTest.class.getClassLoader().getResourceAsStream(resource)) {
			return feed.read(in, resource);
		}
	}

}
