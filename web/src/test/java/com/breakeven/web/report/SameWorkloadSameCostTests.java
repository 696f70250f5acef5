package com.breakeven.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.breakeven.ingestion.SpendAnalysis;
import com.breakeven.ingestion.UsageRepository;
import com.breakeven.ingestion.WorkloadVolume;
import com.breakeven.simulator.shift.ShiftAdvisor;
import com.breakeven.web.api.ApiResponses;
import com.breakeven.web.recommendation.RecommendationQuestions;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.scenario.ShiftAdviceService;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same workload costs the same everywhere: for every sample workload, its last full
 * month's spend in {@code /api/v1/usage/summary}, its scenario's "All on current API"
 * first month at that month's volume and prices (evaluated over the API), the
 * recommendation's "from" cost and a project report's spend agree to the cent. The sample
 * bills (sample-data/usage_daily.csv) were generated at the catalogue's prices, so the
 * price rule must find each workload's own seller, batch share and cache price to agree.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:same-cost;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SameWorkloadSameCostTests {

	/** The sample's last full month of usage. */
	private static final LocalDate FROM = LocalDate.of(2026, 10, 1);

	private static final LocalDate TO = LocalDate.of(2026, 10, 31);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ScenarioDefaults defaults;

	@Autowired
	private UsageRepository usage;

	@Autowired
	private ShiftAdviceService advice;

	@Autowired
	private RecommendationQuestions questions;

	@Autowired
	private ReportDataBuilder reports;

	@Test
	void everySampleWorkload_costsTheSameInTheSummaryTheScenarioTheRecommendationAndTheReport() {
		String analyst = this.tokens.create("consistency", Set.of(Role.ANALYST), null, null).token();
		Map<String, BigDecimal> summary = new HashMap<>();
		for (JsonNode row : body(this.mvc.get()
			.uri("/api/v1/usage/summary?from=" + FROM + "&to=" + TO + "&by=workload")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.exchange(), 200).get("rows")) {
			summary.put(row.get("key").asString(), new BigDecimal(row.get("amount").asString()));
		}
		RecommendationQuestions.Settings settings = this.questions
			.settings(new RecommendationQuestions.Query(FROM, TO, null, null, null, null, null, null));
		Map<String, Double> fromCost = new HashMap<>();
		for (ShiftAdvisor.WorkloadAdvice w : this.advice.advise(this.questions.question(settings)).perWorkload()) {
			fromCost.put(w.workload().name(), w.currentMonthlyCost());
		}
		List<WorkloadVolume> workloads = this.usage.workloadVolumes(FROM, TO, WorkloadVolume.Slice.PROJECT);
		assertThat(workloads).hasSize(6);
		for (WorkloadVolume workload : workloads) {
			String name = workload.name();
			BigDecimal billed = summary.get(name);
			assertThat(billed).as(name + " in the usage summary").isNotNull();

			assertThat(cents(scenarioFirstMonth(workload, analyst))).as(name + ": the scenario's current API")
				.isEqualTo(billed);
			assertThat(cents(fromCost.get(name))).as(name + ": the recommendation's from cost").isEqualTo(billed);
			ReportData report = this.reports.build(new ReportDefinition(null, name,
					new SpendAnalysis.Scope(SpendAnalysis.Scope.Kind.PROJECT, workload.project()),
					ReportPeriod.Kind.MONTH, "USD", Set.of(ReportFormat.CSV), "0 0 7 2 * *", List.of(), null, true),
					new ReportPeriod(FROM, TO.plusDays(1)));
			// each sample project runs one workload, so the project report's spend is its
			// bill
			assertThat(report.total()).as(name + ": the project report's spend").isEqualTo(billed);
		}
		// knowledge-base runs on together-ai at 0.88 a million tokens, not at a cheaper
		// seller of the same model: (27,334,020,316 + 1,974,123,674) × 0.88 / 10^6
		assertThat(summary.get("knowledge-base on meta-llama/llama-3.3-70b-instruct")).isEqualByComparingTo("25791.17");
	}

	@Test
	void newScenario_comparesWithTheRecommendationsCheapestAdequateApi() {
		RecommendationQuestions.Settings settings = this.questions
			.settings(new RecommendationQuestions.Query(null, null, null, null, null, null, null, null));
		ShiftAdvisor.WorkloadAdvice helpdesk = this.advice.advise(this.questions.question(settings))
			.perWorkload()
			.stream()
			.filter(w -> w.workload().name().equals("helpdesk on openai/gpt-4o"))
			.findFirst()
			.orElseThrow();

		// one rule of "cheapest adequate": the new scenario's alternative is the
		// recommendations' cheapest API move for the same workload
		assertThat(this.defaults.forWorkload("helpdesk on openai/gpt-4o").alternativeModel())
			.isEqualTo(helpdesk.cheaperApis().get(0).model().model());
	}

	/**
	 * The workload's scenario as a user makes it: defaults from the workload, that
	 * month's volume, no growth or price decline, prices of the month's last day; saved
	 * and evaluated over the API.
	 */
	private double scenarioFirstMonth(WorkloadVolume workload, String token) {
		ObjectNode form = (ObjectNode) this.json.valueToTree(this.defaults.forWorkload(workload.name()));
		form.put("name", "consistency " + workload.name());
		// October is one whole month: its average month is its total
		form.put("monthlyInputTokens", workload.monthlyInputTokens());
		form.put("monthlyCachedInputTokens", workload.monthlyCachedInputTokens());
		form.put("monthlyOutputTokens", workload.monthlyOutputTokens());
		form.put("growthPercentPerMonth", 0);
		form.put("currentApiDeclinePercentPerYear", 0);
		form.put("pricesOn", TO.toString());
		form.putArray("uncertainties");
		JsonNode saved = body(this.mvc.post()
			.uri("/api/v1/scenarios")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(form))
			.exchange(), 201);
		JsonNode evaluated = body(this.mvc.post()
			.uri("/api/v1/scenarios/" + saved.get("id").asLong() + "/evaluate?monteCarlo=false")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange(), 200);
		for (JsonNode strategy : evaluated.get("strategies")) {
			if (strategy.get("strategy").asString().equals("ALL_API")) {
				return Double.parseDouble(strategy.get("firstMonthCost").asString());
			}
		}
		throw new AssertionError("no ALL_API strategy in " + evaluated);
	}

	private static BigDecimal cents(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
	}

	private JsonNode body(MvcTestResult result, int status) {
		return ApiResponses.body(result, this.json, status);
	}

}
