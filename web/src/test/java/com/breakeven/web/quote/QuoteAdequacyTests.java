package com.breakeven.web.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.web.api.ApiResponses;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote judges candidates by the one adequacy rule on the sample data (LMArena's text
 * leaderboard of 2025-12-11): the README's own example answers, each option with its
 * evidence.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:quote-adequacy;MODE=PostgreSQL;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class QuoteAdequacyTests {

	/** The JSON body of the README's quote example, as written there. */
	private static final Pattern README_BODY = Pattern
		.compile("-d '(\\{[^']*\\})' \\\\\\s*\\n\\s*http://localhost:8080/api/v1/quote");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	private String viewer;

	@BeforeEach
	void setUp() {
		this.viewer = this.tokens.create("quote viewer", Set.of(Role.VIEWER), null, null).token();
	}

	@Test
	void readmeExample_answersWithApiModelsAndOwnHardwareEachWithItsEvidence() throws Exception {
		Matcher body = README_BODY.matcher(Files.readString(Path.of("..", "README.md")));
		assertThat(body.find()).as("the README's quote example").isTrue();

		JsonNode quote = quote(body.group(1), 200);

		List<JsonNode> apis = options(quote, "API");
		assertThat(apis).isNotEmpty();
		// every API option is adequate on the coding board against gpt-4o's
		// 1283.1 (95 % interval 1275.4 to 1290.8), with its rating, interval, day, source
		assertThat(apis).allSatisfy(o -> assertThat(o.get("quality").asString()).matches(
				"[\\d,]+\\.\\d \\(95 % interval [\\d,]+\\.\\d to [\\d,]+\\.\\d\\) on LMArena text: coding, as of 2025-12-11,"
						+ " source LMArena .+: not distinguishably worse than openai/gpt-4o \\(upper bound reaches"
						+ " its lower bound 1,275\\.4\\)"));
		// Qwen3 235B (coding 1442.9) is measured on a catalogued node and qualifies
		assertThat(options(quote, "SELF_HOSTED")).as(quote.get("notConsidered").toString())
			.isNotEmpty()
			.allSatisfy(o -> assertThat(o.get("quality").asString()).contains("95 % interval"));
		JsonNode assumptions = quote.get("assumptions");
		assertThat(assumptions.get("benchmark").asString()).isEqualTo("LMArena text");
		assertThat(assumptions.get("scoredOn").asString()).isEqualTo("LMArena text: coding");
		assertThat(assumptions.get("qualityRule").asString())
			.startsWith("not distinguishably worse than openai/gpt-4o: 1,283.1 (95 % interval 1,275.4 to 1,290.8)");
		List<String> leftOut = quote.get("notConsidered").valueStream().map(JsonNode::asString).toList();
		// among them Llama 3.3 70B on coding: upper bound 1274.5 below gpt-4o's 1275.4
		assertThat(leftOut).anyMatch(line -> line
			.contains("not adequate: distinguishably worse than openai/gpt-4o on LMArena text: coding ("));
		assertThat(options(quote, "API")).noneMatch(o -> o.get("model").asString().startsWith("meta-llama/llama-3.3"));
		assertThat(leftOut).anyMatch(line -> line.contains("not judged: no score on LMArena text: coding ("));
	}

	@Test
	void quote_withAnUnscoredCurrentModelAndNoFloorSaysNoCandidateCanBeJudged() {
		JsonNode quote = quote(
				"""
						{"monthlyInputTokens": 2e9, "monthlyOutputTokens": 5e8, "currentModel": "amazon/titan-embed-text-v2"}""",
				200);

		assertThat(options(quote, "API")).isEmpty();
		assertThat(quote.get("assumptions").get("qualityRule").asString())
			.isEqualTo("amazon/titan-embed-text-v2 has no score on LMArena text, category overall and no floor was"
					+ " given: no candidate can be judged adequate");
		assertThat(quote.get("notConsidered").valueStream().map(JsonNode::asString))
			.anyMatch(line -> line.contains("not judged: amazon/titan-embed-text-v2 has no score"));
	}

	@Test
	void quote_aFloorInTheBenchmarksUnitsKeepsOnlyModelsAtOrAboveIt() {
		JsonNode quote = quote("""
				{"monthlyInputTokens": 2e9, "monthlyOutputTokens": 5e8, "qualityFloor": 1400, "limit": 500}""", 200);

		assertThat(options(quote, "API")).isNotEmpty()
			.allSatisfy(
					o -> assertThat(Double.parseDouble(o.get("qualityScore").asString())).isGreaterThanOrEqualTo(1400))
			.allSatisfy(o -> assertThat(o.get("quality").asString()).endsWith(": at least the floor 1,400.0"));
	}

	@Test
	void quote_anUnknownCategoryOrCurrentModelIsAProblemNamingTheField() {
		JsonNode category = quote("""
				{"monthlyInputTokens": 2e9, "monthlyOutputTokens": 5e8, "qualityFloor": 1300, "category": "klingon"}""",
				422);
		assertThat(category.get("field").asString()).isEqualTo("category");
		assertThat(category.get("fields").get("category").asString())
			.isEqualTo("no model is scored on 'LMArena text' in category klingon");

		JsonNode current = quote("""
				{"monthlyInputTokens": 2e9, "monthlyOutputTokens": 5e8, "currentModel": "nobody/nothing"}""", 422);
		assertThat(current.get("fields").get("currentModel").asString())
			.isEqualTo("no model 'nobody/nothing' in the catalogue");
	}

	private JsonNode quote(String body, int status) {
		return ApiResponses.body(this.mvc.post()
			.uri("/api/v1/quote")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.viewer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange(), this.json, status);
	}

	private static List<JsonNode> options(JsonNode quote, String kind) {
		return quote.get("options").valueStream().filter(o -> o.get("kind").asString().equals(kind)).toList();
	}

}
