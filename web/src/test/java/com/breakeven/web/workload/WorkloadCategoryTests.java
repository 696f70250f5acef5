package com.breakeven.web.workload;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.web.api.ApiResponses;
import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A person sets a workload's category, over the API and on the recommendations page, and
 * the recommendations and a quote naming the workload then judge it on the benchmark's
 * board of that category (LMArena's text leaderboard of 2025-12-11 in the sample data),
 * the others still on the overall board.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workload-category;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class WorkloadCategoryTests {

	private static final String HELPDESK = "helpdesk on openai/gpt-4o";

	private static final String KNOWLEDGE_BASE = "knowledge-base on meta-llama/llama-3.3-70b-instruct";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ScenarioDefaults defaults;

	private String analyst;

	private String viewer;

	@BeforeEach
	void setUp() {
		// each test starts with every workload in the question's category
		this.jdbc.sql("UPDATE workload SET category = NULL").update();
		this.analyst = this.tokens.create("category analyst", Set.of(Role.ANALYST), null, null).token();
		this.viewer = this.tokens.create("category viewer", Set.of(Role.VIEWER), null, null).token();
	}

	@Test
	void api_setsTheCategoryAndTheRecommendationsJudgeThatWorkloadOnItsBoard() {
		JsonNode set = ApiResponses.body(put(HELPDESK, "{\"category\": \"Coding\"}", this.analyst), this.json, 200);
		assertThat(set.get("category").asString()).isEqualTo("coding");
		assertThat(ApiResponses.body(get("/api/v1/workloads/categories", this.viewer), this.json, 200)
			.get("workloads")
			.get(HELPDESK)
			.asString()).isEqualTo("coding");

		JsonNode recommendations = ApiResponses.body(get("/api/v1/recommendations", this.viewer), this.json, 200);
		assertThat(workload(recommendations, HELPDESK).get("qualityRule").asString()).contains("LMArena text: coding");
		// a workload without a category of its own stays on the question's, overall
		assertThat(workload(recommendations, KNOWLEDGE_BASE).get("qualityRule").asString()).doesNotContain("coding")
			.contains("overall");

		// blank: back to the question's category
		assertThat(ApiResponses.body(put(HELPDESK, "{\"category\": \"\"}", this.analyst), this.json, 200)
			.get("category")
			.isNull()).isTrue();
		assertThat(workload(ApiResponses.body(get("/api/v1/recommendations", this.viewer), this.json, 200), HELPDESK)
			.get("qualityRule")
			.asString()).doesNotContain("coding");
	}

	@Test
	void quote_aNamedWorkloadIsJudgedInItsCategoryUnlessTheRequestGivesOne() {
		ApiResponses.body(put(HELPDESK, "{\"category\": \"coding\"}", this.analyst), this.json, 200);
		String workload = """
				{"monthlyInputTokens": 2e9, "monthlyOutputTokens": 5e8, "currentModel": "openai/gpt-4o",
				 "workload": "helpdesk on openai/gpt-4o"%s}""";

		JsonNode assumptions = ApiResponses.body(quote(workload.formatted("")), this.json, 200).get("assumptions");
		assertThat(assumptions.get("category").asString()).isEqualTo("coding");
		assertThat(assumptions.get("scoredOn").asString()).isEqualTo("LMArena text: coding");
		// on gpt-4o's coding rating, 1283.1 (95 % interval 1275.4 to 1290.8)
		assertThat(assumptions.get("qualityRule").asString())
			.startsWith("not distinguishably worse than openai/gpt-4o: 1,283.1 (95 % interval 1,275.4 to 1,290.8) on"
					+ " LMArena text: coding, as of 2025-12-11");
		assertThat(ApiResponses.body(quote(workload.formatted(", \"category\": \"math\"")), this.json, 200)
			.get("assumptions")
			.get("category")
			.asString()).isEqualTo("math");
		JsonNode unknown = ApiResponses.body(quote(workload.replace(HELPDESK, "nobody on example/none").formatted("")),
				this.json, 422);
		assertThat(unknown.get("field").asString()).isEqualTo("workload");
	}

	@Test
	void scenarioDefaults_theAlternativeIsTheRecommendationsMoveInTheWorkloadsCategory() {
		// dev-productivity runs on gpt-4.1; its cheapest adequate API differs by board
		String workload = "dev-productivity on openai/gpt-4.1";
		Set<String> alternatives = new HashSet<>();
		for (String category : List.of("overall", "coding", "legal")) {
			ApiResponses.body(put(workload, "{\"category\": \"" + category + "\"}", this.analyst), this.json, 200);
			JsonNode move = ApiResponses.body(get("/api/v1/recommendations?size=100", this.viewer), this.json, 200)
				.get("moves")
				.get("items")
				.valueStream()
				.filter(m -> m.get("workload").asString().equals(workload) && !m.get("selfHosted").asBoolean())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no API move for " + workload + " in " + category));
			String alternative = this.defaults.forWorkload(workload).alternativeModel();

			assertThat(alternative).as(category).isEqualTo(move.get("toModel").asString());
			alternatives.add(alternative);
		}
		assertThat(alternatives).as("one alternative per category").hasSize(3);
	}

	@Test
	void api_anUnknownCategoryOrWorkloadIsA422NamingTheFieldAndAViewerMayNotSet() {
		JsonNode category = ApiResponses.body(put(HELPDESK, "{\"category\": \"klingon\"}", this.analyst), this.json,
				422);
		assertThat(category.get("field").asString()).isEqualTo("category");
		assertThat(category.get("detail").asString()).startsWith("unknown category 'klingon': use one of overall,")
			.contains("coding");
		assertThat(ApiResponses.body(get("/api/v1/workloads/categories", this.viewer), this.json, 200)
			.get("accepted")
			.valueStream()
			.map(JsonNode::asString)).contains("overall", "coding", "legal", "french");

		JsonNode workload = ApiResponses.body(put("nobody on example/none", "{\"category\": \"coding\"}", this.analyst),
				this.json, 422);
		assertThat(workload.get("field").asString()).isEqualTo("workload");
		assertThat(workload.get("detail").asString()).startsWith("no workload 'nobody on example/none'");

		assertThat(put(HELPDESK, "{\"category\": \"coding\"}", this.viewer)).hasStatus(403);
	}

	@Test
	void page_anAnalystSetsTheCategoryWithTheFormAndTheWorkloadIsJudgedInIt() {
		assertThat(this.mvc.get().uri("/recommendations").with(user("ann").roles(Role.ANALYST.name()))).hasStatusOk()
			.bodyText()
			.contains("<label for=\"workload-category-0\"")
			.contains("<option value=\"legal\">legal</option>");

		assertThat(this.mvc.post()
			.uri("/workloads/category")
			.with(user("ann").roles(Role.ANALYST.name()))
			.with(csrf())
			.param("workload", KNOWLEDGE_BASE)
			.param("category", "legal")
			.param("question", "?category=overall")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/recommendations?category=overall#workloads");

		assertThat(this.mvc.get().uri("/recommendations?category=overall").with(user("ann").roles(Role.ANALYST.name())))
			.hasStatusOk()
			.bodyText()
			.satisfies(page -> {
				// the workload's row holds its category field, legal chosen
				String row = page.substring(page.indexOf("<strong class=\"workload\">" + KNOWLEDGE_BASE + "</strong>"));
				assertThat(row.substring(0, row.indexOf("</form>")))
					.contains("<option value=\"legal\" selected=\"selected\">legal</option>");
			});
		JsonNode recommendations = ApiResponses.body(get("/api/v1/recommendations", this.viewer), this.json, 200);
		assertThat(workload(recommendations, KNOWLEDGE_BASE).get("qualityRule").asString())
			.contains("LMArena text: industry_legal_and_government");

		// a viewer sees no form and may not post one
		assertThat(this.mvc.get().uri("/recommendations").with(user("vera").roles(Role.VIEWER.name()))).bodyText()
			.doesNotContain("/workloads/category");
		assertThat(this.mvc.post()
			.uri("/workloads/category")
			.with(user("vera").roles(Role.VIEWER.name()))
			.with(csrf())
			.param("workload", KNOWLEDGE_BASE)
			.param("category", "coding")).hasStatus(403);
	}

	private static JsonNode workload(JsonNode recommendations, String name) {
		return recommendations.get("workloads")
			.valueStream()
			.filter(w -> w.get("workload").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not among " + recommendations.get("workloads")));
	}

	private MvcTestResult put(String workload, String body, String token) {
		return this.mvc.put()
			.uri("/api/v1/workloads/category")
			.param("workload", workload)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult quote(String body) {
		return this.mvc.post()
			.uri("/api/v1/quote")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult get(String uri, String token) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
