package com.breakeven.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.breakeven.web.scenario.ScenarioDefaults;
import com.breakeven.web.security.ApiTokens;
import com.breakeven.web.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenAI usage with audio tokens (issue 20), imported and asked about as a user would:
 * uploaded to {@code /api/v1/imports/usage}, its tokens by class from
 * {@code /api/v1/usage/summary}, the prices it is billed at from {@code /api/v1/prices},
 * and each workload's month where it runs today from {@code /api/v1/recommendations}. The
 * fixture's origin is in {@code usage-audio/README.md}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audio-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AudioTokensApiTests {

	private static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ScenarioDefaults scenarioDefaults;

	@Test
	void openAiUsageWithAudioTokens_isPricedAtTheAudioPricesOrNamesWhyNot() throws IOException, InterruptedException {
		String analyst = this.tokens.create("audio analyst", Set.of(Role.ANALYST), null, null).token();
		JsonNode run = upload(analyst);
		assertThat(run.get("status").asString()).isEqualTo("COMPLETED");

		// the classes as stored: voice-agent 5,776 + 4,066 audio input and 3,166 + 1,097
		// audio output; proj_abc 300 and 100
		JsonNode summary = body(get("/api/v1/usage/summary?by=workload&currency=USD&" + NOVEMBER, analyst));
		assertThat(tokens(summary, "audio input")).isEqualTo(5_776 + 4_066 + 300);
		assertThat(tokens(summary, "audio output")).isEqualTo(3_166 + 1_097 + 100);
		// text input: (3,718,360 − 76,544 − 5,776) + (52,786 − 5,440 − 4,066) + (3,000 −
		// 300)
		assertThat(tokens(summary, "input")).isEqualTo(3_636_040 + 43_280 + 2_700);

		// the prices it is billed at: LiteLLM's gpt-4o-audio-preview-2024-12-17 at
		// openai,
		// per token 2.5e-06 input, 1e-05 output, 4e-05 audio input, 8e-05 audio output
		JsonNode prices = body(
				get("/api/v1/prices?model=gpt-4o-audio-preview-2024-12-17&provider=openai&at=2026-11-02", analyst));
		JsonNode price = prices.get("prices").get(0);
		assertThat(price.get("currency").asString()).isEqualTo("USD");
		assertThat(price.get("unit").asString()).isEqualTo("per 1000000 tokens");
		assertThat(new BigDecimal(price.get("audioInput").asString())).isEqualByComparingTo("40");
		assertThat(new BigDecimal(price.get("audioOutput").asString())).isEqualByComparingTo("80");

		JsonNode advice = body(get("/api/v1/recommendations?" + NOVEMBER, analyst));
		assertThat(advice.get("currency").asString()).isEqualTo("USD");
		JsonNode voice = workload(advice, "voice-agent on ");
		// November is one month; gpt-4o-audio-preview has no cache price, so cached
		// tokens are billed at the input price:
		// text input 3,679,320 × 2.50 / 10^6 = 9.19830
		// cached 81,984 × 2.50 / 10^6 = 0.20496
		// text output (94,590 + 37,107) 131,697 × 10 / 10^6 = 1.31697
		// audio input 9,842 × 40 / 10^6 = 0.39368
		// audio output 4,263 × 80 / 10^6 = 0.34104
		// month 11.45495 → 11.45 USD (as text the audio would cost 0.09841: 10.79)
		assertThat(voice.get("monthlyCost").asString()).isEqualTo("11.45");
		// the documented example at gpt-4o-mini, which openai prices for text only:
		// its audio is not priced, never as text and never at 0
		JsonNode mini = workload(advice, "proj_abc on ");
		assertThat(mini.get("monthlyCost").isNull()).isTrue();
		assertThat(mini.get("stays").asString()).contains("audio input and output tokens not priced at openai");
		// a scenario models text tokens: one started from this workload says what it
		// leaves out rather than dropping the audio silently
		assertThat(this.scenarioDefaults.forWorkload(voice.get("workload").asString()).description())
			.contains("Left out: ")
			.contains(" audio input and ")
			.contains("a scenario models text tokens only");
	}

	private JsonNode upload(String analyst) throws IOException, InterruptedException {
		byte[] content;
		try (InputStream in = getClass().getResourceAsStream("/usage-audio/openai-usage-completions-audio.json")) {
			content = in.readAllBytes();
		}
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/imports/usage")
			.multipart()
			.file(new MockMultipartFile("file", "openai-usage-completions-audio.json", "application/json", content))
			.param("format", "openai-usage")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
			.exchange();
		assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		return ApiResponses.completed(() -> body(get(location, analyst)));
	}

	private static long tokens(JsonNode summary, String tokenClass) {
		return summary.get("tokens")
			.valueStream()
			.filter(row -> row.get("tokenClass").asString().equals(tokenClass))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + tokenClass + " in " + summary.get("tokens")))
			.get("tokens")
			.asLong();
	}

	private static JsonNode workload(JsonNode advice, String prefix) {
		return advice.get("workloads")
			.valueStream()
			.filter(w -> w.get("workload").asString().startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no workload " + prefix + "… in " + advice.get("workloads")));
	}

	private MvcTestResult get(String uri, String token) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private JsonNode body(MvcTestResult result) {
		return ApiResponses.body(result, this.json, HttpStatus.OK.value());
	}

}
