package com.breakeven.web.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.simulator.projection.Strategy;
import com.breakeven.web.LiteLlmConfigs;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ScenarioForm;
import com.breakeven.web.scenario.ScenarioRunner;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API as a procurement tool calls it, with real bearer tokens: paged catalogue
 * lists, the quote checked against hand-worked list prices, scenarios created, evaluated,
 * compared and deleted, usage summaries, recommendations, a usage upload followed to its
 * quarantined row; every error an RFC 9457 problem naming its field.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:rest-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RestApiTests {

	private static final String HELPDESK = "helpdesk on openai/gpt-4o";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private ScenarioRunner runner;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private String analyst;

	private String viewer;

	@BeforeEach
	void tokens() {
		this.analyst = this.tokens.create("test analyst", Set.of(Role.ANALYST), null, null).token();
		this.viewer = this.tokens.create("test viewer", Set.of(Role.VIEWER), null, null).token();
	}

	@Test
	void models_arePagedAndAnOutOfRangeSizeIsAProblemNamingIt() {
		JsonNode page = body(get("/api/v1/models?q=gpt-4o&size=2", this.viewer), HttpStatus.OK);
		assertThat(page.get("items")).hasSizeLessThanOrEqualTo(2);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(page.get("items").size());
		assertThat(page.get("items").get(0).get("canonicalName").asString()).contains("gpt-4o");

		JsonNode problem = body(get("/api/v1/models?size=0", this.viewer), HttpStatus.BAD_REQUEST);
		assertThat(problem.get("field").asString()).isEqualTo("size");
		assertThat(problem.get("status").asInt()).isEqualTo(400);
	}

	@Test
	void quote_ranksOptionsByMonthlyCostAtHandWorkedListPrices() {
		// only models scored on the default benchmark (a floor of 0): GPT-4o at OpenAI's
		// list price, 2.50 in and 10.00 out per million tokens:
		// 2,000 M input × 2.50 = 5,000 + 500 M output × 10.00 = 5,000 → 10,000.00 USD a
		// month; over 2,500 M tokens that is 4 USD per million
		JsonNode quote = body(post("/api/v1/quote", this.viewer,
				Map.of("monthlyInputTokens", 2.0e9, "monthlyOutputTokens", 5.0e8, "qualityFloor", 0, "limit", 500)),
				HttpStatus.OK);

		List<JsonNode> options = quote.get("options").valueStream().toList();
		JsonNode gpt4o = options.stream()
			.filter(o -> o.get("kind").asString().equals("API") && o.get("model").asString().equals("openai/gpt-4o"))
			.findFirst()
			.orElseThrow();
		assertThat(gpt4o.get("monthlyCost").asString()).isEqualTo("10000.00");
		assertThat(gpt4o.get("costPerMillionTokens").asString()).isEqualTo("4");
		assertThat(gpt4o.get("currency").asString()).isEqualTo("USD");
		assertThat(gpt4o.get("unit").asString()).isEqualTo("per 1000000 tokens");
		assertThat(options).extracting(o -> new BigDecimal(o.get("monthlyCost").asString()))
			.isSortedAccordingTo(BigDecimal::compareTo);
		assertThat(options).extracting(o -> o.get("kind").asString()).contains("API", "SELF_HOSTED", "HYBRID");
		assertThat(quote.get("assumptions").get("sensitivity").asString()).isEqualTo("INTERNAL");

		// restricted data may not leave: own hardware only
		JsonNode restricted = body(post("/api/v1/quote", this.viewer, Map.of("monthlyInputTokens", 2.0e9,
				"monthlyOutputTokens", 5.0e8, "sensitivity", "RESTRICTED", "limit", 500)), HttpStatus.OK);
		assertThat(restricted.get("options").valueStream().map(o -> o.get("kind").asString()))
			.containsOnly("SELF_HOSTED");
	}

	@Test
	void quote_refusesMissingOrMistypedFieldsByName() {
		JsonNode missing = body(post("/api/v1/quote", this.viewer, Map.of("monthlyInputTokens", 1.0e9)),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(missing.get("fields").get("monthlyOutputTokens").asString()).isEqualTo("is required");

		JsonNode mistyped = body(
				post("/api/v1/quote", this.viewer, Map.of("monthlyInputTokens", "lots", "monthlyOutputTokens", 1.0e9)),
				HttpStatus.BAD_REQUEST);
		assertThat(mistyped.get("field").asString()).isEqualTo("monthlyInputTokens");
	}

	@Test
	void scenarios_createEvaluateCompareAndDeleteWithTheSimulatorsNumbers() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("API helpdesk", null);
		MvcTestResult created = post("/api/v1/scenarios", this.analyst, form);
		JsonNode saved = body(created, HttpStatus.CREATED);
		long id = saved.get("id").asLong();
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/scenarios/" + id);
		assertThat(
				body(get("/api/v1/scenarios/" + id, this.viewer), HttpStatus.OK).get("scenario").get("name").asString())
			.isEqualTo("API helpdesk");

		int payback = this.runner.run(form).projection().paybackMonth(Strategy.SELF_HOSTED).orElseThrow();
		JsonNode evaluated = body(post("/api/v1/scenarios/" + id + "/evaluate?seed=7", this.viewer, Map.of()),
				HttpStatus.OK);
		JsonNode selfHosted = evaluated.get("strategies")
			.valueStream()
			.filter(s -> s.get("strategy").asString().equals("SELF_HOSTED"))
			.findFirst()
			.orElseThrow();
		assertThat(selfHosted.get("paybackMonth").asInt()).isEqualTo(payback);
		assertThat(evaluated.get("seed").asLong()).isEqualTo(7);
		// the same seed, the same distribution
		assertThat(body(post("/api/v1/scenarios/" + id + "/evaluate?seed=7", this.viewer, Map.of()), HttpStatus.OK)
			.get("monteCarlo")).isEqualTo(evaluated.get("monteCarlo"));
		assertThat(body(post("/api/v1/scenarios/" + id + "/evaluate?monteCarlo=false", this.viewer, Map.of()),
				HttpStatus.OK)
			.get("monteCarlo")).isEmpty();

		assertThat(body(post("/api/v1/scenarios", this.analyst, form), HttpStatus.CONFLICT).get("field").asString())
			.isEqualTo("name");
		long second = body(post("/api/v1/scenarios", this.analyst, form.named("API helpdesk 2", null)),
				HttpStatus.CREATED)
			.get("id")
			.asLong();
		assertThat(
				body(post("/api/v1/scenarios/compare", this.viewer, Map.of("ids", List.of(id, second))), HttpStatus.OK))
			.hasSize(2);

		assertThat(this.mvc.delete()
			.uri("/api/v1/scenarios/" + second)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.delete()
			.uri("/api/v1/scenarios/" + second)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(body(get("/api/v1/scenarios/" + second, this.viewer), HttpStatus.NOT_FOUND).get("detail").asString())
			.isEqualTo("no scenario " + second);
	}

	@Test
	void scenarios_refuseOutOfRangeInputsByFieldAndStoreNothing() {
		ScenarioForm form = this.defaults.forWorkload(HELPDESK).named("Too few trials", null);
		Map<String, Object> body = this.json.convertValue(form, Map.class);
		body.put("trials", 5);
		JsonNode problem = body(post("/api/v1/scenarios", this.analyst, body), HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(problem.get("fields").get("trials").asString()).contains("100");
		assertThat(body(get("/api/v1/scenarios?size=500", this.viewer), HttpStatus.OK).get("items")
			.valueStream()
			.map(s -> s.get("name").asString())).doesNotContain("Too few trials");
	}

	@Test
	void usageSummary_byProviderAddsUpToItsTotal() {
		JsonNode summary = body(get("/api/v1/usage/summary?by=provider&currency=USD", this.viewer), HttpStatus.OK);
		BigDecimal sum = summary.get("rows")
			.valueStream()
			.map(r -> new BigDecimal(r.get("amount").asString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// each provider rounded to cents: half a cent each at most
		assertThat(sum.subtract(new BigDecimal(summary.get("total").asString())).abs())
			.isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(summary.get("rows").size())));
		assertThat(body(get("/api/v1/usage/summary?by=colour", this.viewer), HttpStatus.BAD_REQUEST).get("field")
			.asString()).isEqualTo("by");
		assertThat(body(get("/api/v1/usage/summary?from=yesterday", this.viewer), HttpStatus.BAD_REQUEST).get("field")
			.asString()).isEqualTo("from");
	}

	@Test
	void recommendations_listTheRankedMovesAndTheRoutingFile() {
		JsonNode moves = body(get("/api/v1/recommendations?benchmark=MMLU (0-shot CoT)&floor=80", this.viewer),
				HttpStatus.OK);
		JsonNode first = moves.get("moves").get("items").get(0);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("currency").asString()).isEqualTo("USD");
		assertThat(moves.get("settings").get("floor").asDouble()).isEqualTo(80);
		// without a floor a move must not be distinguishably worse than the workload's
		// model today, on LMArena's overall board by default, with its evidence
		JsonNode asGood = body(get("/api/v1/recommendations", this.viewer), HttpStatus.OK);
		assertThat(asGood.get("settings").get("floor").isNull()).isTrue();
		assertThat(asGood.get("settings").get("benchmark").asString()).isEqualTo("LMArena text");
		assertThat(asGood.get("settings").get("category").asString()).isEqualTo("overall");
		assertThat(asGood.get("moves").get("totalItems").asLong()).isPositive();
		assertThat(asGood.get("moves").get("items").get(0).get("reason").asString())
			.contains("not distinguishably worse");
		assertThat(asGood.get("moves").get("items").get(0).get("quality").asString()).contains("95 % interval")
			.contains("as of 2025-12-11");
		// led by the total, every workload listed: its move or why it stays
		assertThat(new BigDecimal(asGood.get("totalMonthlySavings").asString())).isPositive();
		assertThat(asGood.get("workloads").valueStream())
			.allSatisfy(w -> assertThat(w.get("move").isNull()).isEqualTo(!w.get("stays").isNull()));
		assertThat(asGood.get("workloads").size()).isEqualTo(6);
		assertThat(get("/api/v1/recommendations/routing?benchmark=MMLU (0-shot CoT)&floor=80", this.viewer))
			.hasStatusOk()
			.bodyText()
			.satisfies(LiteLlmConfigs::assertLoadable);
	}

	@Test
	void usageUpload_isAcceptedFollowedToItsRunAndItsQuarantinedRowListed() throws InterruptedException {
		StringBuilder log = new StringBuilder(
				"request_id,startTime,model,spend,prompt_tokens,completion_tokens,team_id\n");
		for (int i = 1; i <= 25; i++) {
			log.append("api-").append(i).append(",2025-05-01T10:00:00Z,gpt-4o,0.010,1000,100,team-api\n");
		}
		log.append("api-bad,2025-05-01T11:00:00Z,gpt-4o,0.010,1000,many,team-api\n");
		MockMultipartFile file = new MockMultipartFile("file", "../../etc/api-spend.csv", "text/csv",
				log.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(file)
			.param("format", "litellm-spend")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(file)
			.param("format", "litellm-spend")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.exchange();
		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
		String upload = accepted.getResponse().getHeader(HttpHeaders.LOCATION);

		JsonNode status = completed(upload);
		long run = status.get("run").get("id").asLong();
		assertThat(status.get("run").get("rowsRefused").asLong()).isEqualTo(1);
		JsonNode quarantined = body(get("/api/v1/imports/" + run + "/quarantine", this.viewer), HttpStatus.OK);
		// the file's own name, without the directories it tried to climb
		assertThat(quarantined.get("items").get(0).get("file").asString()).isEqualTo("api-spend.csv");
		assertThat(quarantined.get("items").get(0).get("line").asLong()).isEqualTo(27);
		assertThat(quarantined.get("items").get(0).get("value").asString()).isEqualTo("many");

		MockMultipartFile binary = new MockMultipartFile("file", "payload.exe", "application/octet-stream",
				new byte[] { 0x4d, 0x5a });
		assertThat(body(this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(binary)
			.param("format", "focus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.exchange(), HttpStatus.BAD_REQUEST).get("field").asString()).isEqualTo("file");
	}

	@Test
	void usageUpload_aCorrectedGenericExportOfTheSameSourceReplacesItsDaysWhateverItsName()
			throws InterruptedException {
		String mapping = "date=Day,model=Model,input_tokens=Prompt,cost=Amount,currency=:USD";
		// the first export says 2026-09-14 cost 10.00 + 20.00; the corrected one, saved
		// under another name, says 20.00 for the day: the day holds 20.00, not 50.00
		upload("costs-september.csv",
				"Day,Model,Prompt,Amount\n2026-09-14,gpt-4o,1000,10.00\n" + "2026-09-14,gpt-4o,2000,20.00\n", mapping,
				"finance-export");
		upload("costs-september-corrected.csv", "Day,Model,Prompt,Amount\n2026-09-14,gpt-4o,2000,20.00\n", mapping,
				"finance-export");

		assertThat(this.jdbc
			.sql("SELECT SUM(billed_cost) FROM usage_daily WHERE usage_date = DATE '2026-09-14'"
					+ " AND source_key LIKE '%finance-export%'")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("20.00");
		// a source named for another format, or twice, is the form's mistake, named
		MockMultipartFile focus = new MockMultipartFile("file", "focus.csv", "text/csv",
				"BilledCost\n1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(body(this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(focus)
			.param("format", "focus")
			.param("source", "finance-export")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.exchange(), HttpStatus.UNPROCESSABLE_CONTENT).get("field").asString()).isEqualTo("source");
	}

	private void upload(String name, String content, String mapping, String source) throws InterruptedException {
		MockMultipartFile file = new MockMultipartFile("file", name, "text/csv",
				content.getBytes(StandardCharsets.UTF_8));
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(file)
			.param("format", "generic")
			.param("mapping", mapping)
			.param("source", source)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.exchange();
		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
		String upload = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(completed(upload).get("status").asString()).isEqualTo("COMPLETED");
	}

	/** Follows an upload until its run completes (or a minute passes). */
	private JsonNode completed(String upload) throws InterruptedException {
		return ApiResponses.completed(() -> body(get(upload, this.viewer), HttpStatus.OK));
	}

	private MvcTestResult get(String uri, String token) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private MvcTestResult post(String uri, String token, Object body) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.exchange();
	}

	private JsonNode body(MvcTestResult result, HttpStatus expected) {
		return ApiResponses.body(result, this.json, expected.value());
	}

}
