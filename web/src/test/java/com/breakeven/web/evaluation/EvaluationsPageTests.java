package com.breakeven.web.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluations page and the new chat models on the sample data, whose LiteLLM prices
 * are as of 2026-07-01 and whose OpenRouter prices as of 2026-08-01: a model first priced
 * by OpenRouter is new since August, GPT-4o is not.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:evaluations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(roles = "ANALYST")
class EvaluationsPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void newSince_listsOnlyChatModelsFirstPricedOnOrAfterTheDay() {
		assertThat(this.mvc.get().uri("/api/v1/models?new-since=2026-08-01&size=500")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json.getJson()).doesNotContain("\"canonicalName\":\"openai/gpt-4o\"")
					.contains("\"firstPricedOn\":\"2026-08-01\"")
					.doesNotContain("\"firstPricedOn\":\"2026-07-01\"")
					.doesNotContain("\"mode\":\"EMBEDDING\"");
			});
		assertThat(this.mvc.get().uri("/api/v1/models?new-since=2026-07-01&q=openai/gpt-4o-mini")).hasStatusOk()
			.bodyText()
			.contains("\"firstPricedOn\":\"2026-07-01\"")
			.contains("openai: 0.15 / 0.6 USD per million tokens");
	}

	@Test
	void page_saysThereIsNoEvaluationYetAndListsNewModels() {
		assertThat(this.mvc.get().uri("/evaluations?new-since=2026-07-01")).hasStatusOk()
			.bodyText()
			.contains("id=\"no-evaluations\"")
			.contains("id=\"new-models\"")
			.contains("openai/gpt-4o-mini");
	}

	@Test
	void chart_drawsCostPerCorrectAnswerAgainstAccuracy() {
		String svg = EvaluationsController.chart(new com.breakeven.ingestion.evaluation.EvaluationRun(1L,
				"tasks: support", "support.jsonl", "0".repeat(64), 50, com.breakeven.ingestion.evaluation.Scorer.EXACT,
				"http://127.0.0.1:8000/v1", "openai", 4, java.util.Currency.getInstance("USD"),
				java.time.LocalDate.of(2026, 10, 31), java.time.Instant.EPOCH, java.time.Instant.EPOCH,
				java.util.List.of(new com.breakeven.ingestion.evaluation.EvaluationResult(1, "openai/gpt-4o", "gpt-4o",
						new com.breakeven.ingestion.evaluation.ModelAnswers(50, 50, 40, 0, 0, 5000, 500, 0, 100, 200,
								java.util.List.of()),
						new java.math.BigDecimal("80"), new java.math.BigDecimal("66.9629"),
						new java.math.BigDecimal("88.7562"), new java.math.BigDecimal("0.0175"),
						new java.math.BigDecimal("0.00035"), new java.math.BigDecimal("0.0004375"), "openai"))));

		assertThat(svg).startsWith("<svg").contains("openai/gpt-4o").contains("accuracy");
	}

}
