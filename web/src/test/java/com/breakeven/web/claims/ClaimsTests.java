package com.breakeven.web.claims;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.web.api.ApiResponses;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The claim check on the sample catalogue: the page with its one-click sample claims and
 * its form, {@code POST /api/v1/claims/check} for the three kinds of claim (a viewer may
 * call it), the shipped samples over the API, and bad input refused by field.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:claims;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ClaimsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	private String viewer;

	@BeforeEach
	void token() {
		this.viewer = this.tokens.create("claims viewer", Set.of(Role.VIEWER), null, null).token();
	}

	@Test
	void check_apiCostClaimOfGpt4oIsRecomputedFromItsCatalogueListPrice() {
		// sample-data/prices.csv: openai/gpt-4o from openai, 2.5 input and 10 output per
		// million tokens, effective 2026-07-01. 500 M tokens a month, 375 M in and 125 M
		// out: 375 x 2.50 + 125 x 10 = 937.50 + 1,250 = 2,187.50 a month, 26,250.00 a
		// year
		JsonNode answer = body(check(apiCost("18000000", "36000000")), HttpStatus.OK);

		assertThat(answer.get("holds").asBoolean()).isFalse();
		assertThat(answer.get("currency").asString()).isEqualTo("USD");
		JsonNode cost = answer.get("apiCost");
		assertThat(cost.get("seller").asString()).isEqualTo("openai");
		assertThat(cost.get("priceEffectiveFrom").asString()).isEqualTo("2026-07-01");
		assertThat(cost.get("annualCost").asString()).isEqualTo("26250.00");
		// all input 500 x 2.50 x 12 = 15,000; all output 500 x 10 x 12 = 60,000
		assertThat(cost.get("annualCostAllInput").asString()).isEqualTo("15000.00");
		assertThat(cost.get("annualCostAllOutput").asString()).isEqualTo("60000.00");
		// 18,000,000 / 26,250 = 685.714286; 36,000,000 / 26,250 = 1,371.428571
		assertThat(answer.get("factor").asString()).isEqualTo("685.714286");
		assertThat(cost.get("factorHigh").asString()).isEqualTo("1371.428571");
		// 18 M / 26,250 x 500 M = 342,857,142,857 tokens a month; 18 M / 12 / 500 =
		// 3,000 per million
		assertThat(cost.get("monthlyTokensForLow").asString()).isEqualTo("342857142857");
		assertThat(cost.get("pricePerMillionForLow").asString()).isEqualTo("3000");
		assertThat(cost.get("pricePerMillion").asString()).isEqualTo("4.375");
		assertThat(answer.get("verdict").asString()).startsWith("Does not hold")
			.contains("26,250.00 USD a year at OpenAI's price");

		// $20,000-30,000 contains $26,250
		assertThat(body(check(apiCost("20000", "30000")), HttpStatus.OK).get("holds").asBoolean()).isTrue();
	}

	@Test
	void check_apiCostInEurosConvertsTheDollarPriceAtTheStatedRate() {
		// a test rate: 1 EUR = 1.25 USD, so 1 USD = 0.8 EUR and GPT-4o costs 2.00 in and
		// 8.00 out per million: 375 x 2 + 125 x 8 = 1,750 EUR a month, 21,000 a year
		this.jdbc
			.sql("INSERT INTO fx_rate (rate_date, base_currency, quote_currency, rate, source) "
					+ "VALUES (DATE '2026-06-30', 'EUR', 'USD', 1.25, 'test rate')")
			.update();
		Map<String, Object> claim = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		claim.put("currency", "EUR");

		JsonNode answer = body(check(claim), HttpStatus.OK);

		assertThat(answer.get("currency").asString()).isEqualTo("EUR");
		assertThat(answer.get("apiCost").get("annualCost").asString()).isEqualTo("21000.00");
		assertThat(answer.get("apiCost").get("exchangeRate").asString()).contains("1 USD = 0.8 EUR")
			.contains("2026-06-30");
	}

	@Test
	void check_paybackClaimPaysBackInMonthTwo() {
		Map<String, Object> claim = Map.of("kind", "PAYBACK", "capex", 200000, "opexPerYearLow", 10000,
				"opexPerYearHigh", 50000, "annualBill", 1800000, "claimedPaybackMonth", 24, "currency", "USD");

		JsonNode answer = body(check(claim), HttpStatus.OK);

		// (1,800,000 - 50,000) / 12 = 145,833.33 a month: 291,666.67 >= 200,000 after
		// month 2; 24 / 2 = 12
		assertThat(answer.get("holds").asBoolean()).isTrue();
		assertThat(answer.get("payback").get("paybackMonthAtHighOpex").asInt()).isEqualTo(2);
		assertThat(answer.get("factor").asString()).isEqualTo("12");
		// 50,000 + 12 x 200,000 / 24 = 150,000; 24 x (1,800,000 - 50,000) / 12 =
		// 3,500,000
		assertThat(answer.get("payback").get("annualBillNeeded").asString()).isEqualTo("150000.00");
		assertThat(answer.get("payback").get("capexAllowed").asString()).isEqualTo("3500000.00");
	}

	@Test
	void check_405bOnAnEightThousandDollarNodeDoesNotFit() {
		Map<String, Object> claim = Map.of("kind", "HARDWARE_FIT", "model", "meta-llama/llama-3.1-405b-instruct",
				"precision", "INT4", "claimedNodePrice", "8000");

		JsonNode answer = body(check(claim), HttpStatus.OK);

		JsonNode fit = answer.get("hardwareFit");
		// gpus.csv: RTX 5090 32 GB at $1,999 is the most GB per dollar; $8,000 buys 4:
		// 128 GB for $7,996. INT4 405 x 0.5 = 202.5 GB weights + 2 x 126 x 8 x 128 x 2 B
		// x
		// 8,192 = 4.228 GB KV + 12.8 GB runtime = 219.528 GB
		assertThat(fit.get("claimedNode").get("gpu").asString()).isEqualTo("rtx-5090-32gb");
		assertThat(fit.get("claimedNode").get("gpus").asInt()).isEqualTo(4);
		assertThat(fit.get("claimedNode").get("requiredGb").asString()).isEqualTo("219.528");
		assertThat(fit.get("claimedNode").get("fits").asBoolean()).isFalse();
		assertThat(answer.get("holds").asBoolean()).isFalse();
		// 0.9 n M >= 206.728 GB: 10 RTX 4090 (24 GB, $1,599) for $15,990 is the cheapest;
		// 8,000 / 15,990 = 0.500313
		assertThat(fit.get("gpusNeeded").get(0).get("gpu").asString()).isEqualTo("rtx-4090-24gb");
		assertThat(fit.get("gpusNeeded").get(0).get("gpus").asInt()).isEqualTo(10);
		assertThat(fit.get("gpusNeeded").get(0).get("cost").asString()).isEqualTo("15990.00");
		assertThat(answer.get("factor").asString()).isEqualTo("0.500313");
		assertThat(fit.get("notPriced").valueStream().map(JsonNode::asString)).contains("mi300x-192gb: no unit price");
	}

	@Test
	void check_aMacNamedAsTheNodesGpuIsRefusedAsAWholeMachine() {
		Map<String, Object> claim = Map.of("kind", "HARDWARE_FIT", "model", "meta-llama/llama-3.1-405b-instruct",
				"precision", "INT4", "claimedNodePrice", "8000", "gpu", "apple-m2-ultra-192gb", "gpuCount", 1);

		assertThat(field(check(claim))).isEqualTo("gpu");
	}

	@Test
	void check_refusesBadInputByFieldWith422() {
		Map<String, Object> negative = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		negative.put("monthlyTokens", "-5");
		assertThat(field(check(negative))).isEqualTo("monthlyTokens");

		Map<String, Object> share = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		share.put("inputShare", 2);
		assertThat(field(check(share))).isEqualTo("inputShare");

		Map<String, Object> huge = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		huge.put("claimedAnnualCostLow", "1e400");
		assertThat(field(check(huge))).isEqualTo("claimedAnnualCostLow");

		assertThat(field(check(apiCost("36000000", "18000000")))).isEqualTo("claimedAnnualCostHigh");

		Map<String, Object> unknown = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		unknown.put("model", "no-such-model");
		assertThat(field(check(unknown))).isEqualTo("model");

		// the ECB quotes no Argentine peso (the shipped sample rates do hold the yen):
		// the
		// price cannot be converted
		Map<String, Object> peso = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		peso.put("currency", "ARS");
		assertThat(field(check(peso))).isEqualTo("currency");
		Map<String, Object> gold = new LinkedHashMap<>(apiCost("18000000", "36000000"));
		gold.put("currency", "dollars");
		assertThat(field(check(gold))).isEqualTo("currency");

		assertThat(field(check(Map.of("kind", "PAYBACK", "capex", 1)))).isEqualTo("opexPerYearLow");
		// GPT-4o's architecture is not published: the memory check cannot run
		assertThat(field(check(Map.of("kind", "HARDWARE_FIT", "model", "openai/gpt-4o", "precision", "FP8",
				"claimedNodePrice", 8000))))
			.isEqualTo("model");
		assertThat(field(check(Map.of("monthlyTokens", 5)))).isEqualTo("kind");
	}

	@Test
	void samples_listTheThreeShippedClaimsWithTheRequestsThatCheckThem() {
		JsonNode samples = body(this.mvc.get()
			.uri("/api/v1/claims/samples")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)
			.exchange(), HttpStatus.OK);

		assertThat(samples.valueStream().map(s -> s.get("id").asString())).containsExactly("cloud-bill-500m",
				"sovereign-200k", "405b-8000-node");
		for (JsonNode sample : samples) {
			assertThat(body(check(sample.get("check")), HttpStatus.OK).get("holds").asBoolean())
				.as(sample.get("text").asString())
				.isEqualTo(sample.get("id").asString().equals("sovereign-200k"));
		}
	}

	@Test
	void page_offersTheSamplesAndChecksOneInOneClick() {
		var viewer = user("vera").roles(Role.VIEWER.name());
		assertThat(this.mvc.get().uri("/claims").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("href=\"/claims\"")
			.contains("id=\"sample-cloud-bill-500m\"")
			.contains("id=\"sample-405b-8000-node\"")
			.contains("id=\"claim-form\"")
			// honest about where the samples come from, amounts with their unit, the day
			// picked in a date field with its words beside it
			.contains("sample claim shipped with Breakeven")
			.doesNotContain("brief")
			.contains("USD a year, low end")
			.contains("USD a year, high end")
			.contains("type=\"date\" id=\"pricesOn\"");
		// the server keeps taking the ISO day the picker sends, and says it in words
		assertThat(this.mvc.get().uri("/claims?kind=API_COST&pricesOn=2026-07-01").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("value=\"2026-07-01\"")
			.contains(">1 July 2026</output>");

		assertThat(this.mvc.get().uri("/claims?sample=cloud-bill-500m").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("The claim does not hold")
			.contains("26,250.00")
			.contains("id=\"figures\"")
			.contains("value=\"openai/gpt-4o\"");
		assertThat(this.mvc.get().uri("/claims?sample=405b-8000-node").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("id=\"gpus-needed\"")
			.contains("15,990.00");
		assertThat(this.mvc.get().uri("/claims?sample=no-such-claim").with(viewer)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void page_checksAClaimOfYourOwnAndShowsBadInputBesideItsField() {
		var viewer = user("vera").roles(Role.VIEWER.name());
		assertThat(this.mvc.get()
			.uri("/claims?kind=PAYBACK&check=1&capex=200000&opexPerYearLow=10000&annualBill=1800000"
					+ "&claimedPaybackMonth=24&currency=USD")
			.with(viewer)).hasStatusOk().bodyText().contains("The claim holds").contains("id=\"verdict\"");

		assertThat(this.mvc.get()
			.uri("/claims?kind=API_COST&check=1&model=openai/gpt-4o&monthlyTokens=lots&claimedAnnualCostLow=1")
			.with(viewer)).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"monthlyTokens-error\"")
			.contains("must be a number, was &#39;lots&#39;")
			.doesNotContain("id=\"verdict\"");
	}

	@Test
	void page_asksTheInputShareInPercentAndTheApiKeepsTheFraction() {
		var viewer = user("vera").roles(Role.VIEWER.name());
		// 75 % input is the API's 0.75: the same 26,250.00 USD a year as the API's check
		assertThat(this.mvc.get()
			.uri("/claims?kind=API_COST&check=1&model=openai/gpt-4o&monthlyTokens=500000000&inputSharePercent=75"
					+ "&claimedAnnualCostLow=18000000&pricesOn=2026-07-01&currency=USD")
			.with(viewer)).hasStatusOk()
			.bodyText()
			.contains("26,250.00 USD a year at OpenAI&#39;s price")
			.contains("% of tokens")
			.contains("input share 75 % as stated")
			.contains("id=\"inputSharePercent\"");

		assertThat(this.mvc.get()
			.uri("/claims?kind=API_COST&check=1&model=openai/gpt-4o&monthlyTokens=500000000&inputSharePercent=150"
					+ "&claimedAnnualCostLow=18000000")
			.with(viewer)).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
			.bodyText()
			.contains("id=\"inputSharePercent-error\"")
			.contains("must be a percentage from 0 to 100");

		// a shipped claim's 0.75 shows as 75 on the form
		assertThat(this.mvc.get().uri("/claims?sample=cloud-bill-500m").with(viewer)).hasStatusOk()
			.bodyText()
			.contains("name=\"inputSharePercent\" value=\"75\"");
	}

	private static Map<String, Object> apiCost(String low, String high) {
		return Map.of("kind", "API_COST", "model", "openai/gpt-4o", "monthlyTokens", "500000000", "inputShare", 0.75,
				"claimedAnnualCostLow", low, "claimedAnnualCostHigh", high, "pricesOn", "2026-07-01");
	}

	private MvcTestResult check(Object claim) {
		return this.mvc.post()
			.uri("/api/v1/claims/check")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(claim))
			.exchange();
	}

	private String field(MvcTestResult result) {
		JsonNode problem = body(result, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		return problem.get("field").asString();
	}

	private JsonNode body(MvcTestResult result, HttpStatus expected) {
		return ApiResponses.body(result, this.json, expected.value());
	}

}
