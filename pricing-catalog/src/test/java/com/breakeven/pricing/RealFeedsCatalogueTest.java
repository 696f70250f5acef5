package com.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.pricing.feed.FeedReading;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;
import com.breakeven.pricing.feed.PriceFeed;

/**
 * Both real feeds, as shipped in sample-data (byte-identical copies of
 * ../shared/data/pricing/litellm_model_prices_and_context_window.json and
 * openrouter_api_v1_models_output_modalities_all.json; see that folder's README),
 * imported into the catalogue on H2 and PostgreSQL.
 */
class RealFeedsCatalogueTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

	private static final LocalDate NEXT_DAY = JULY.plusDays(1);

	private static final Currency USD = Currency.getInstance("USD");

	/**
	 * Ids of image, embedding, audio, rerank and moderation models, as both feeds name
	 * them.
	 */
	private static final Pattern NOT_CHAT = Pattern.compile(
			"flux|titan-embed|whisper|tts|rerank|moderation|dall-e|stable-diffusion|imagen|embed|transcribe|lyria");

	private JdbcClient jdbc;

	private ModelRepository models;

	private CatalogueImport catalogueImport;

	private TransactionTemplate transaction;

	@BeforeEach
	void catalogue() {
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.models = new ModelRepository(this.jdbc, CLOCK);
		this.catalogueImport = new CatalogueImport(new ProviderRepository(this.jdbc, CLOCK), this.models,
				new PriceRepository(this.jdbc, CLOCK), new PriceReviewRepository(this.jdbc, CLOCK));
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(this.database.dataSource()));
	}

	@Test
	void apply_reimportingBothUnchangedFeedsRecordsNoChange() throws IOException {
		importBoth(JULY);
		long prices = count("price");
		long modelCount = count("model");
		long aliases = count("model_alias");
		long statements = count("model_modality_claim");

		// the next day's refresh closes and reopens nothing; a second run that day
		// corrects nothing in place
		for (List<CatalogueImportResult> again : List.of(importBoth(NEXT_DAY), importBoth(NEXT_DAY))) {
			assertThat(again).allSatisfy(result -> {
				assertThat(result.pricesChanged()).isZero();
				assertThat(result.pricesAdded()).isZero();
				assertThat(result.pricesHeld()).isZero();
				assertThat(result.modelsCreated()).isZero();
				assertThat(result.aliasesAdded()).isZero();
				assertThat(result.modalityStatementsAdded()).isZero();
				assertThat(result.modalityStatementsRemoved()).isZero();
			});
			assertThat(again.get(0).pricesUnchanged() + again.get(1).pricesUnchanged()).isEqualTo(prices);
		}
		assertThat(count("price")).isEqualTo(prices);
		assertThat(count("model")).isEqualTo(modelCount);
		assertThat(count("model_alias")).isEqualTo(aliases);
		assertThat(count("model_modality_claim")).isEqualTo(statements);
	}

	@Test
	void apply_vertexVersionsAreAliasesOfTheModelNotModels() throws IOException {
		importBoth(JULY);

		assertThat(this.models.findAll()).extracting(Model::canonicalName).noneMatch(name -> name.contains("@"));
		long sonnet = this.models.resolve("claude-3-7-sonnet-20250219").orElseThrow().id();
		assertThat(this.models.resolve("vertex_ai/claude-3-7-sonnet@20250219")).map(Model::id).contains(sonnet);
		long opus = this.models.resolve("anthropic/claude-opus-4-6").orElseThrow().id();
		assertThat(this.models.resolve("vertex_ai/claude-opus-4-6@default")).map(Model::id).contains(opus);
		assertThat(this.models.resolve("vertex_ai/mistral-large@2411-001").map(Model::canonicalName))
			.contains("mistral/mistral-large");
	}

	@Test
	void textChat_noImageEmbeddingAudioRerankOrModerationModelIsAChatCandidate() throws IOException {
		importBoth(JULY);

		List<Model> all = this.models.findAll();
		assertThat(all.stream().filter(Model::textChat).map(Model::canonicalName))
			.noneMatch(name -> NOT_CHAT.matcher(name).find());
		// the models the issue saw ranked cheapest, each left out with its reason
		assertThat(reason(all, "fireworks-ai/flux-1-dev-controlnet-union"))
			.isEqualTo("its sources disagree on text in, text out (litellm: text->text against name: ?->image)");
		assertThat(reason(all, "amazon/titan-embed-text-v2"))
			.isEqualTo("not text in, text out (litellm: text->nothing; name: ?->embeddings)");
		// LiteLLM's image_generation entry for a model OpenRouter sells as text and
		// image out: a disagreement excludes
		assertThat(reason(all, "google/gemini-3-pro-image-preview")).startsWith("its sources disagree");
		// a model both feeds describe as text in, text out stays a candidate
		assertThat(all).filteredOn(model -> model.canonicalName().equals("openai/gpt-4o"))
			.singleElement()
			.satisfies(gpt4o -> {
				assertThat(gpt4o.textChat()).isTrue();
				assertThat(gpt4o.modalities().claims()).extracting(ModalityClaim::source)
					.contains("litellm", "openrouter");
			});
	}

	@Test
	void cheapestChatModels_withoutAFloorAreTextChatModels() throws IOException {
		importBoth(JULY);

		List<PricedModel> cheapest = new PriceCatalogue(this.models, new ProviderRepository(this.jdbc, CLOCK),
				new PriceRepository(this.jdbc, CLOCK), new PriceOverrideRepository(this.jdbc, CLOCK))
			.cheapestChatModels(0, 0.75, USD, JULY, 200);

		assertThat(cheapest).hasSize(200);
		assertThat(cheapest).extracting(priced -> priced.model().canonicalName())
			.noneMatch(name -> NOT_CHAT.matcher(name).find());
	}

	@Test
	void apply_storesAudioTokenPricesBesideTheTextPricesPerMillionTokens() throws IOException {
		importBoth(JULY);

		// gpt-audio in both feeds: LiteLLM input_cost_per_audio_token 3.2e-05 and
		// output_cost_per_audio_token 6.4e-05 (seller openai), OpenRouter pricing.audio
		// "0.000032" and audio_output "0.000064" (seller openrouter): 32 and 64 USD per
		// million tokens at both, text 2.50 and 10 (genai-prices v2 states the same:
		// input_audio_mtok 32, output_audio_mtok 64)
		assertThat(basePrice("openai/gpt-audio", "openai")).satisfies(price -> {
			assertThat(price.inputPerMtok()).isEqualByComparingTo("2.5");
			assertThat(price.inputAudioPerMtok()).isEqualByComparingTo("32");
			assertThat(price.outputAudioPerMtok()).isEqualByComparingTo("64");
		});
		assertThat(basePrice("openai/gpt-audio", "openrouter")).satisfies(price -> {
			assertThat(price.inputAudioPerMtok()).isEqualByComparingTo("32");
			assertThat(price.outputAudioPerMtok()).isEqualByComparingTo("64");
		});
		// gpt-4o-audio-preview (LiteLLM only): 4e-05 and 8e-05 per token
		assertThat(basePrice("gpt-4o-audio-preview", "openai")).satisfies(price -> {
			assertThat(price.inputAudioPerMtok()).isEqualByComparingTo("40");
			assertThat(price.outputAudioPerMtok()).isEqualByComparingTo("80");
		});
		// a text model states none: no audio price, never 0
		assertThat(basePrice("openai/gpt-4o", "openai").inputAudioPerMtok()).isNull();
		// LiteLLM's gemma-3-27b-it states input_cost_per_audio_per_second only: a price
		// per second of audio is no token price
		assertThat(basePrice("gemini/gemma-3-27b-it", "google-ai-studio").inputAudioPerMtok()).isNull();
	}

	private Price basePrice(String model, String seller) {
		long modelId = this.models.resolve(model).orElseThrow().id();
		long sellerId = new ProviderRepository(this.jdbc, CLOCK).findByCode(seller).orElseThrow().id();
		return new PriceRepository(this.jdbc, CLOCK).priceAt(modelId, sellerId, JULY).orElseThrow();
	}

	private static String reason(List<Model> all, String canonicalName) {
		return all.stream()
			.filter(model -> model.canonicalName().equals(canonicalName))
			.findFirst()
			.orElseThrow()
			.whyNotTextChat()
			.orElse("a chat candidate");
	}

	/** As the sample data does: LiteLLM first, then OpenRouter, one transaction each. */
	private List<CatalogueImportResult> importBoth(LocalDate day) throws IOException {
		FeedReading litellm = read(new LiteLlmFeed(), "sample-data/feeds/litellm_model_prices_and_context_window.json");
		FeedReading openRouter = read(new OpenRouterFeed(),
				"sample-data/feeds/openrouter_api_v1_models_output_modalities_all.json");
		return List.of(this.transaction.execute(status -> this.catalogueImport.apply(litellm, day, null)),
				this.transaction.execute(status -> this.catalogueImport.apply(openRouter, day, null)));
	}

	private static FeedReading read(PriceFeed feed, String resource) throws IOException {
		try (InputStream in = RealFeedsCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
			return feed.read(in, resource);
		}
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
