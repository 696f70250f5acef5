package com.breakeven.web.quote;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.Price;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.PriceOverride;
import com.breakeven.pricing.PriceOverrideRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.simulator.projection.Strategy;
import com.breakeven.tco.ApiPricing;
import com.breakeven.tco.Demand;
import com.breakeven.tco.Formulas;
import com.breakeven.web.api.ApiResponses;
import com.breakeven.web.scenario.CatalogueSnapshots;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioForm;
import com.breakeven.web.scenario.ScenarioOutcome;
import com.breakeven.web.scenario.ScenarioRunner;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The quote takes every assumption and states it back; a price in another currency is
 * converted at the ECB rate it names; negotiated terms reach the scenario; a price
 * imported or edited is in the next quote, which reads the catalogue from memory. Rates:
 * the ECB's eurofxref format with round test values (1 EUR = 1.05 USD on 2026-11-20).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:quote-assumptions;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class QuoteAssumptionsTests {

	private static final String HELPDESK = "helpdesk on openai/gpt-4o";

	/**
	 * Ids of image, embedding, audio, rerank and moderation models, as both feeds name
	 * them.
	 */
	private static final Pattern NOT_CHAT = Pattern
		.compile("flux|titan-embed|whisper|tts|rerank|moderation|dall-e|stable-diffusion|imagen|embed|transcribe");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private FxRates rates;

	@Autowired
	private PriceOverrideRepository terms;

	@Autowired
	private ProviderRepository providers;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioRunner runner;

	@Autowired
	private CatalogueSnapshots snapshots;

	@Autowired
	private PriceFeedImports feeds;

	@Autowired
	private PriceRepository prices;

	@Autowired
	private ModelRepository models;

	private String viewer;

	@BeforeEach
	void setUp() throws Exception {
		this.viewer = this.tokens.create("quote viewer", Set.of(Role.VIEWER), null, null).token();
		this.rates.importEcb(
				Path.of(getClass().getClassLoader().getResource("fx/eurofxref-two-days.xml").toURI()).toString(),
				Duration.ofSeconds(5));
	}

	@Test
	void quote_inEuroConvertsEveryPriceAtTheEcbRateItStates() {
		JsonNode quote = quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "currency", "EUR",
				"pricesOn", "2026-11-21", "benchmark", "MMLU (0-shot CoT)", "qualityFloor", 80, "limit", 500), 200);

		assertThat(quote.get("currency").asString()).isEqualTo("EUR");
		JsonNode gpt4o = option(quote, "API", "openai/gpt-4o");
		// 2,000 M × 2.50 + 500 M × 10 = 10,000 USD; a Saturday takes Friday's rate,
		// 1 EUR = 1.05 USD: 10,000 ÷ 1.05 = 9,523.81 EUR
		assertThat(gpt4o.get("monthlyCost").asString()).isEqualTo("9523.81");
		assertThat(gpt4o.get("currency").asString()).isEqualTo("EUR");
		assertThat(quote.get("assumptions").get("currency").asString()).isEqualTo("EUR");
		assertThat(quote.get("assumptions").get("exchangeRates").valueStream().map(JsonNode::asString))
			.anyMatch(rate -> rate.startsWith("1 USD = 0.952380952")
					&& rate.endsWith("(ECB euro reference rates, 2026-11-20)"));
		// own hardware is priced in USD in the catalogue and converted the same way
		assertThat(quote.get("options").valueStream().map(o -> o.get("kind").asString())).contains("SELF_HOSTED");
	}

	@Test
	void quote_aCurrencyWithoutARateIsAProblemNamingCurrency() {
		// the ECB quotes no Argentine peso (the shipped sample rates do hold JPY)
		JsonNode noRate = quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "currency", "ARS",
				"pricesOn", "2026-11-21"), 422);
		assertThat(noRate.get("field").asString()).isEqualTo("currency");
		assertThat(noRate.get("fields").get("currency").asString()).contains("no ECB rate from USD to ARS");

		JsonNode notACode = quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "currency", "EURO"),
				422);
		assertThat(notACode.get("fields").get("currency").asString()).startsWith("is not an ISO 4217 currency code");
	}

	@Test
	void quote_echoesEveryAssumptionAndCountsWhatItLeftOut() {
		JsonNode quote = quote(Map.ofEntries(Map.entry("monthlyInputTokens", 2.0e9),
				Map.entry("monthlyOutputTokens", 5.0e8), Map.entry("lifeMonths", 36), Map.entry("residualPercent", 5),
				Map.entry("costOfCapitalPercent", 12), Map.entry("targetUtilisationPercent", 70),
				Map.entry("precision", "bf16"), Map.entry("hardwareProfile", "hgx-h100-8x"),
				Map.entry("hostingProfile", "colo-virginia"), Map.entry("pricesOn", "2026-10-31"),
				Map.entry("limit", 500)), 200);

		JsonNode a = quote.get("assumptions");
		assertThat(a.get("lifeMonths").asInt()).isEqualTo(36);
		assertThat(a.get("residualPercent").asDouble()).isEqualTo(5);
		assertThat(a.get("costOfCapitalPercent").asDouble()).isEqualTo(12);
		assertThat(a.get("targetUtilisationPercent").asDouble()).isEqualTo(70);
		assertThat(a.get("precision").asString()).isEqualTo("BF16");
		assertThat(a.get("hardwareProfile").asString()).isEqualTo("hgx-h100-8x");
		assertThat(a.get("hostingProfile").asString()).isEqualTo("colo-virginia");
		assertThat(a.get("pricesOn").asString()).isEqualTo("2026-10-31");
		assertThat(a.get("currency").asString()).isEqualTo("USD");
		List<String> leftOut = quote.get("notConsidered").valueStream().map(JsonNode::asString).toList();
		// grouped by reason and counted, a few named
		assertThat(leftOut).anyMatch(
				line -> line.matches("[\\d,]+ models: no fixed per-token price in force on 2026-10-31 \\(.+, …\\)"));
		// BF16 asked, only FP8 measured: no own option is sized on another precision
		assertThat(leftOut).anyMatch(line -> line
			.startsWith("meta-llama/llama-3.3-70b-instruct on hgx-h100-8x: no throughput" + " measured at BF16")
				&& line.contains("(measured at FP8)"));
		assertThat(quote.get("options").valueStream().map(o -> o.get("kind").asString())).doesNotContain("SELF_HOSTED");
	}

	@Test
	void quote_withoutAQualityFloorTheCheapestOptionIsATextChatModel() {
		JsonNode quote = quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "pricesOn",
				"2026-11-21", "limit", 500), 200);

		// both real feeds are loaded with the sample data; without a floor every chat
		// model competes, and the cheapest used to be an image model LiteLLM labels
		// "chat" (fireworks-ai/flux-1-dev-controlnet-union at 0.001 per million)
		List<String> apis = quote.get("options")
			.valueStream()
			.filter(o -> o.get("kind").asString().equals("API"))
			.map(o -> o.get("model").asString())
			.toList();
		assertThat(apis).hasSizeGreaterThan(100).noneMatch(model -> NOT_CHAT.matcher(model).find());
		assertThat(quote.get("options").get(0).get("model").asString()).isEqualTo(apis.get(0));
		List<String> leftOut = quote.get("notConsidered").valueStream().map(JsonNode::asString).toList();
		assertThat(leftOut).anyMatch(line -> line
			.contains("its sources disagree on text in, text out (litellm:" + " text->text against name: ?->image)")
				&& line.contains("fireworks-ai/flux-1-dev-controlnet-union"));
		assertThat(leftOut).anyMatch(line -> line.startsWith("1 model: not text in, text out")
				&& line.contains("amazon/titan-embed-text-v2"));
	}

	@Test
	void quote_refusesNumbersOutsideTheirBoundsByName() {
		assertThat(quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "maxTtftP99Ms", 0), 422)
			.get("field")
			.asString()).isEqualTo("maxTtftP99Ms");
		assertThat(quote(Map.of("monthlyInputTokens", 0, "monthlyOutputTokens", 0), 422).get("fields").toString())
			.contains("a workload of zero tokens has nothing to quote");
		assertThat(
				quote(Map.of("monthlyInputTokens", 1e300, "monthlyOutputTokens", 5.0e8), 422).get("field").asString())
			.isEqualTo("monthlyInputTokens");
		assertThat(quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "precision", "FP3"), 422)
			.get("field")
			.asString()).isEqualTo("precision");
		assertThat(quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "lifeMonths", 0), 422)
			.get("field")
			.asString()).isEqualTo("lifeMonths");
	}

	@Test
	void scenario_theAccountsNegotiatedDiscountReachesTheCurrentApi() {
		long openai = this.providers.findByCode("openai").orElseThrow().id();
		this.terms.add(new PriceOverride(null, openai, null, "acme-openai", PriceOverride.Kind.PERCENT_DISCOUNT,
				new BigDecimal("0.15"), null, null, null, null, LocalDate.of(2026, 7, 1), null, "MSA-2026"));
		ScenarioForm form = this.defaults.forWorkload(HELPDESK);
		assertThat(form.currentSeller()).isEqualTo("openai");
		assertThat(form.currentAccount()).isEqualTo("acme-openai");

		ScenarioOutcome outcome = this.runner.run(form);

		// GPT-4o list 2.50 / 1.25 / 10 per million, 15 % off: 2.125 / 1.0625 / 8.50
		Demand demand = new Demand(form.monthlyInputTokens(), form.monthlyCachedInputTokens(),
				form.monthlyOutputTokens(), form.peakToAverage());
		double list = Formulas.apiMonthlyCost(ApiPricing.listPrices(Currency.getInstance("USD"), 2.5, 1.25, 10), demand)
			.total();
		assertThat(outcome.projection().of(Strategy.ALL_API).totalIn(1)).isCloseTo(list * 0.85, within(1e-6));
		assertThat(outcome.currentPrice().describe()).contains("openai (the seller its usage shows)")
			.contains("negotiated: 15 % off list (MSA-2026)");
	}

	@Test
	void snapshot_keptWhileTheCatalogueIsUnchanged() {
		quote(Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8), 200);
		assertThat(this.snapshots.current()).isSameAs(this.snapshots.current());
	}

	@Test
	void quote_seesAPriceImportedJustBefore(@TempDir Path folder) throws IOException {
		// the price takes effect on a day no other test quotes on
		Map<String, Object> workload = Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "pricesOn",
				"2027-06-01", "limit", 500);
		assertThat(apiCost(quote(workload, 200), "snapshotlabs/quick-chat")).isNull();
		Path list = folder.resolve("snapshot-prices.csv");
		Files.writeString(list, """
				model,provider,currency,input_per_mtok,output_per_mtok
				snapshotlabs/quick-chat,snapshotlabs,USD,0.10,0.20
				""");

		ImportRun run = this.feeds.run("manual", list.toString(), LocalDate.of(2027, 6, 1), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		// 2,000 M × 0.10 + 500 M × 0.20 per million = 200 + 100 = 300 USD a month
		assertThat(apiCost(quote(workload, 200), "snapshotlabs/quick-chat")).isEqualTo("300.00");
	}

	@Test
	void quote_seesAPriceEditedJustBefore() {
		LocalDate from = LocalDate.of(2027, 7, 1);
		Map<String, Object> goodOnMmlu = Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "pricesOn",
				from.toString(), "benchmark", "MMLU (0-shot CoT)", "qualityFloor", 80, "limit", 500);
		// 2,000 M × 2.50 + 500 M × 10 per million = 10,000 USD a month
		assertThat(apiCost(quote(goodOnMmlu, 200), "openai/gpt-4o")).isEqualTo("10000.00");
		long model = this.models.resolve("openai/gpt-4o").orElseThrow().id();
		long openai = this.providers.findByCode("openai").orElseThrow().id();
		Price held = this.prices.priceAt(model, openai, from).orElseThrow();

		// as an approved price review edits it: the price in force closed, the new one
		// added from that day, input halved
		this.prices.close(held.id(), from);
		this.prices.add(new Price(null, model, openai, held.region(), held.contextAboveTokens(), held.currency(),
				new BigDecimal("1.25"), held.cachedInputPerMtok(), held.cacheWritePerMtok(), held.outputPerMtok(),
				held.batchInputPerMtok(), held.batchOutputPerMtok(), held.perRequest(), from, null, held.source(),
				held.sourceRef(), held.dynamic()), null);

		// 2,000 M × 1.25 + 500 M × 10 = 7,500 USD
		assertThat(apiCost(quote(goodOnMmlu, 200), "openai/gpt-4o")).isEqualTo("7500.00");
	}

	private JsonNode quote(Map<String, ?> request, int status) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/quote")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request))
			.exchange();
		return ApiResponses.body(result, this.json, status);
	}

	private static String apiCost(JsonNode quote, String model) {
		return quote.get("options")
			.valueStream()
			.filter(o -> o.get("kind").asString().equals("API") && o.get("model").asString().equals(model))
			.findFirst()
			.map(o -> o.get("monthlyCost").asString())
			.orElse(null);
	}

	private static JsonNode option(JsonNode quote, String kind, String model) {
		return quote.get("options")
			.valueStream()
			.filter(o -> o.get("kind").asString().equals(kind) && o.get("model").asString().equals(model))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " option " + model + " in " + quote));
	}

}
