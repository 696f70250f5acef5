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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;
import com.breakeven.pricing.feed.PriceFeed;

/** The catalogue's read API over both small feeds, on H2 and PostgreSQL. */
class PriceCatalogueTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

	private static final Currency USD = Currency.getInstance("USD");

	private PriceCatalogue catalogue;

	private PriceOverrideRepository overrides;

	private ProviderRepository providers;

	@BeforeEach
	void importBothFeeds() throws IOException {
		JdbcClient jdbc = JdbcClient.create(this.database.dataSource());
		ModelRepository models = new ModelRepository(jdbc, CLOCK);
		ProviderRepository providers = new ProviderRepository(jdbc, CLOCK);
		PriceRepository prices = new PriceRepository(jdbc, CLOCK);
		CatalogueImport catalogueImport = new CatalogueImport(providers, models, prices,
				new PriceReviewRepository(jdbc, CLOCK));
		TransactionTemplate transaction = new TransactionTemplate(
				new JdbcTransactionManager(this.database.dataSource()));
		for (PriceFeed feed : List.of(new LiteLlmFeed(), new OpenRouterFeed())) {
			String file = (feed instanceof LiteLlmFeed) ? "feeds/litellm-small.json" : "feeds/openrouter-small.json";
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				var reading = feed.read(in, file);
				transaction.executeWithoutResult(status -> catalogueImport.apply(reading, JULY, null));
			}
		}
		this.overrides = new PriceOverrideRepository(jdbc, CLOCK);
		this.providers = providers;
		this.catalogue = new PriceCatalogue(models, providers, prices, this.overrides);
	}

	@Test
	void cheapestChatModels_ranksByBlendedPriceAboveAContextFloor() {
		// blended at 3 input tokens per output token = 0.75 × input + 0.25 × output, per
		// million:
		// llama 3.3 70B @openrouter 0.75 × 0.10 + 0.25 × 0.32 = 0.155; gemini 2.5 pro
		// 0.9375 + 2.5 = 3.4375;
		// gpt-4o @openai and @openrouter 1.875 + 2.5 = 4.375; gpt-4o @azure eu 2.0625 +
		// 2.75 = 4.8125;
		// claude sonnet 4.5 (6.0) is sixth; the together llama has no stated context
		// window and is left out
		List<PricedModel> cheapest = this.catalogue.cheapestChatModels(128_000, 0.75, USD, JULY, 5);

		assertThat(cheapest).extracting(priced -> priced.model().canonicalName() + "@" + priced.provider().code())
			.containsExactly("meta-llama/llama-3.3-70b-instruct@openrouter", "google/gemini-2.5-pro@google-vertex-ai",
					"openai/gpt-4o@openai", "openai/gpt-4o@openrouter", "openai/gpt-4o@azure-openai");
		assertThat(cheapest).extracting(PricedModel::blendedPerMtok)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("0.155"), new java.math.BigDecimal("3.4375"),
					new java.math.BigDecimal("4.375"), new java.math.BigDecimal("4.375"),
					new java.math.BigDecimal("4.8125"));
	}

	@Test
	void cheapestChatModels_aHigherFloorLeavesOnlyLongContextModels() {
		assertThat(this.catalogue.cheapestChatModels(200_000, 0.75, USD, JULY, 5))
			.extracting(priced -> priced.model().canonicalName())
			.containsExactly("google/gemini-2.5-pro", "anthropic/claude-sonnet-4-5");
	}

	@Test
	void pricesOn_listsEverySellerRegionAndTierOfAModelByAnyAlias() {
		Model gpt4o = this.catalogue.model("azure/eu/gpt-4o-2024-08-06").orElseThrow();

		assertThat(this.catalogue.pricesOn(gpt4o, null, JULY)).extracting(Price::region, Price::source)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("global", "litellm"),
					org.assertj.core.groups.Tuple.tuple("eu", "litellm"),
					org.assertj.core.groups.Tuple.tuple("global", "openrouter"));
		assertThat(this.catalogue.pricesOn(gpt4o, null, JULY.minusDays(1))).isEmpty();
	}

	@Test
	void liteLlmRoute_isTheFeedKeyWithItsProvidersPrefixAtEachSeller() {
		// the LiteLLM price map's keys: "gpt-4o" (openai), "gemini-2.5-pro"
		// (vertex_ai-language-models), "us.anthropic.…" (bedrock) and the together_ai key
		// as it is (its model named by that alias, case kept in the route); OpenRouter's
		// id behind openrouter/
		assertThat(this.catalogue.liteLlmRoute("openai/gpt-4o", "openai", JULY)).contains("openai/gpt-4o");
		assertThat(this.catalogue.liteLlmRoute("google/gemini-2.5-pro", "google-vertex-ai", JULY))
			.contains("vertex_ai/gemini-2.5-pro");
		assertThat(this.catalogue.liteLlmRoute("anthropic/claude-sonnet-4-5", "aws-bedrock", JULY))
			.contains("bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0");
		assertThat(
				this.catalogue.liteLlmRoute("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "together-ai", JULY))
			.contains("together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo");
		assertThat(this.catalogue.liteLlmRoute("meta-llama/llama-3.3-70b-instruct", "openrouter", JULY))
			.contains("openrouter/meta-llama/llama-3.3-70b-instruct");
		// no price in force, no such seller: no route
		assertThat(this.catalogue.liteLlmRoute("openai/gpt-4o", "openai", JULY.minusDays(1))).isEmpty();
		assertThat(this.catalogue.liteLlmRoute("openai/gpt-4o", "no-such-seller", JULY)).isEmpty();
	}

	@Test
	void quotesOn_appliesANegotiatedDiscountAndKeepsTheListPriceApart() {
		Model gpt4o = this.catalogue.model("gpt-4o").orElseThrow();
		long openai = this.providers.findByCode("openai").orElseThrow().id();
		this.overrides.add(discount(openai, null, null, "0.15"));

		List<PriceQuote> quotes = this.catalogue.quotesOn(gpt4o, null, null, JULY);

		// openai: 2.50 × (1 − 0.15) = 2.125 and 10 × 0.85 = 8.5; the other sellers keep
		// their list price
		PriceQuote atOpenai = quotes.stream().filter(q -> q.list().providerId() == openai).findFirst().orElseThrow();
		assertThat(atOpenai.inputPerMtok()).isEqualByComparingTo("2.125");
		assertThat(atOpenai.outputPerMtok()).isEqualByComparingTo("8.5");
		assertThat(atOpenai.list().inputPerMtok()).isEqualByComparingTo("2.5");
		assertThat(quotes).filteredOn(q -> q.list().providerId() != openai).allSatisfy(q -> {
			assertThat(q.override()).isNull();
			assertThat(q.inputPerMtok()).isEqualByComparingTo(q.list().inputPerMtok());
		});
	}

	@Test
	void quotesOn_theMostSpecificTermWinsAndAccountTermsApplyOnlyToThatAccount() {
		Model gpt4o = this.catalogue.model("gpt-4o").orElseThrow();
		Provider openai = this.providers.findByCode("openai").orElseThrow();
		this.overrides.add(discount(openai.id(), null, null, "0.10"));
		this.overrides.add(discount(openai.id(), gpt4o.id(), null, "0.20"));
		this.overrides.add(new PriceOverride(null, openai.id(), gpt4o.id(), "acme-prod", PriceOverride.Kind.FIXED_PRICE,
				null, USD, new java.math.BigDecimal("1.90"), null, new java.math.BigDecimal("7.60"), JULY, null,
				"enterprise agreement 2026"));

		PriceQuote general = this.catalogue.quotesOn(gpt4o, openai, null, JULY).get(0);
		PriceQuote acme = this.catalogue.quotesOn(gpt4o, openai, "acme-prod", JULY).get(0);

		// model + provider (20 %) beats provider only (10 %): 2.50 × 0.80 = 2.00
		assertThat(general.inputPerMtok()).isEqualByComparingTo("2.00");
		// the account's fixed price beats both for that account
		assertThat(acme.inputPerMtok()).isEqualByComparingTo("1.90");
		assertThat(acme.outputPerMtok()).isEqualByComparingTo("7.60");
		assertThat(acme.override().note()).isEqualTo("enterprise agreement 2026");
	}

	private static PriceOverride discount(Long provider, Long model, String account, String fraction) {
		return new PriceOverride(null, provider, model, account, PriceOverride.Kind.PERCENT_DISCOUNT,
				new java.math.BigDecimal(fraction), null, null, null, null, JULY, null, "negotiated");
	}

}
