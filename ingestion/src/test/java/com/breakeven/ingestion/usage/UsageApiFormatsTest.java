package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

class UsageApiFormatsTest {

	@Test
	void openAi_countsCachedAndCacheWriteTokensOutsideUncachedInput() throws IOException {
		List<UsageLine> lines = read(new OpenAiUsageFormat(),
				"usage/openai/organization_usage_completions.example-response.json");

		// input_tokens 1,000 includes 400 cached and 100 cache-write: 500 uncached (as
		// input_uncached_tokens says), of which 50 audio: 450 text and image
		UsageDay usage = ((UsageLine.Accepted) lines.get(0)).usage();
		assertThat(usage.inputTokens()).isEqualTo(450L);
		assertThat(usage.cachedInputTokens()).isEqualTo(400L);
		assertThat(usage.cacheWriteTokens()).isEqualTo(100L);
		assertThat(usage.inputAudioTokens()).isEqualTo(50L);
		// output_tokens 500 includes 50 audio
		assertThat(usage.outputTokens()).isEqualTo(450L);
		assertThat(usage.outputAudioTokens()).isEqualTo(50L);
		assertThat(usage.requests()).isEqualTo(5L);
		// start_time 1730419200 = 2024-11-01T00:00:00Z
		assertThat(usage.usageDate()).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(usage.rawModel()).isEqualTo("(all models)");
		assertThat(usage.kind()).isEqualTo(UsageKind.USAGE);
		assertThat(usage.billedCost()).isNull();
	}

	@Test
	void openAi_derivesUncachedInputWhenTheFieldIsAbsent() {
		String page = "{\"data\": [{\"start_time\": 1730419200, \"results\": [{\"input_tokens\": 1000,"
				+ " \"input_cached_tokens\": 300, \"output_tokens\": 50, \"model\": \"gpt-4o-2024-08-06\","
				+ " \"batch\": true}]}]}";

		UsageDay usage = ((UsageLine.Accepted) readText(new OpenAiUsageFormat(), page).get(0)).usage();

		// 1,000 − 300 cached − 0 cache-write = 700 uncached
		assertThat(usage.inputTokens()).isEqualTo(700L);
		assertThat(usage.batch()).isTrue();
		assertThat(usage.rowKey()).startsWith("b1730419200|gpt-4o-2024-08-06|");
	}

	/**
	 * OpenAI's cookbook (openai/openai-cookbook, examples/completions_usage_api.ipynb,
	 * commit 79d9d4d9) joins the pages' {@code data} and saves one JSON list of buckets;
	 * the fixture is 8 of the 31 buckets its notebook printed, one with no results.
	 */
	@Test
	void openAi_readsTheCookbooksListOfBuckets() throws IOException {
		List<UsageLine> lines = read(new OpenAiUsageFormat(), "usage/openai/cookbook-completions-usage-buckets.json");

		// 8 buckets, one of them with an empty results array
		assertThat(lines).hasSize(7).allMatch(UsageLine.Accepted.class::isInstance);
		UsageDay first = ((UsageLine.Accepted) lines.get(0)).usage();
		// start_time 1736616660 = 2025-01-11T17:31:00Z; no input_uncached_tokens in
		// this older answer: 141,201 input − 0 cached
		assertThat(first.usageDate()).isEqualTo(LocalDate.of(2025, 1, 11));
		assertThat(first.inputTokens()).isEqualTo(141_201L);
		assertThat(first.outputTokens()).isEqualTo(9_756L);
		assertThat(first.requests()).isEqualTo(470L);
		assertThat(((UsageLine.Accepted) lines.get(6)).usage().usageDate()).isEqualTo(LocalDate.of(2025, 2, 10));
		// 2025-01-13: 3,718,360 input − 76,544 cached − 5,776 audio; 97,756 output −
		// 3,166
		// audio
		UsageDay audio = ((UsageLine.Accepted) lines.get(2)).usage();
		assertThat(audio.inputTokens()).isEqualTo(3_636_040L);
		assertThat(audio.inputAudioTokens()).isEqualTo(5_776L);
		assertThat(audio.outputTokens()).isEqualTo(94_590L);
		assertThat(audio.outputAudioTokens()).isEqualTo(3_166L);
		assertThat(audio.cachedInputTokens()).isEqualTo(76_544L);
	}

	@Test
	void openAi_readsSeveralPagesSavedOneAfterAnotherOrAsAList() throws IOException {
		// two answers of GET /v1/organization/usage/completions appended to one file
		List<UsageLine> appended = read(new OpenAiUsageFormat(), "usage/openai/usage-completions-two-pages.jsonl");
		String page = "{\"object\": \"page\", \"data\": [{\"start_time\": %d, \"results\": [{\"input_tokens\": 10,"
				+ " \"output_tokens\": 1}]}], \"has_more\": %b, \"next_page\": null}";
		List<UsageLine> listed = readText(new OpenAiUsageFormat(),
				"[" + page.formatted(1736640000, true) + ", " + page.formatted(1736726400, false) + "]");

		assertThat(appended).extracting(line -> ((UsageLine.Accepted) line).usage().usageDate().toString())
			.containsExactly("2025-01-11", "2025-01-12", "2025-01-13", "2025-01-14");
		assertThat(listed).extracting(line -> ((UsageLine.Accepted) line).usage().usageDate().toString())
			.containsExactly("2025-01-12", "2025-01-13");
	}

	@Test
	void openAi_refusesMoreAudioThanTheTotalItIsPartOf() {
		String page = "{\"data\": [{\"start_time\": 1730419200, \"results\": [{\"input_tokens\": 100,"
				+ " \"output_tokens\": 10, \"output_audio_tokens\": 11}]}]}";

		assertThat(readText(new OpenAiUsageFormat(), page).get(0)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure().describe())
					.isEqualTo("page.json line 1, field 'output_audio_tokens': exceeds output_tokens (10) it is part of"
							+ " (value '11')"));
	}

	@Test
	void openAi_refusesAFileOfNoUsageShapeNamingTheShapesItReads() {
		for (String json : new String[] { "[1, 2]", "{\"error\": {\"message\": \"Invalid API key\"}}", "", "[]" }) {
			assertThatThrownBy(() -> readText(new OpenAiUsageFormat(), json)).as(json)
				.isInstanceOf(UsageFileException.class)
				.hasMessageStartingWith("page.json")
				.hasMessageContaining("a list of buckets");
		}
	}

	@Test
	void anthropic_addsBothCacheWriteDurationsAndUsesTheWorkspaceAsAccount() throws IOException {
		List<UsageLine> lines = read(new AnthropicUsageFormat(),
				"usage/anthropic/messages_usage_report.example-response.json");

		UsageDay usage = ((UsageLine.Accepted) lines.get(0)).usage();
		assertThat(usage.inputTokens()).isEqualTo(1_500L);
		assertThat(usage.cachedInputTokens()).isEqualTo(200L);
		// 1,000 one-hour + 500 five-minute cache writes
		assertThat(usage.cacheWriteTokens()).isEqualTo(1_500L);
		assertThat(usage.outputTokens()).isEqualTo(500L);
		assertThat(usage.rawModel()).isEqualTo("claude-sonnet-4-20250514");
		assertThat(usage.account()).isEqualTo("wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ");
		assertThat(usage.usageDate()).isEqualTo(LocalDate.of(2025, 8, 1));
	}

	@Test
	void refusesNegativeCountsAndFailsOnTruncatedPages() {
		String negative = "{\"data\": [{\"starting_at\": \"2025-08-01T00:00:00Z\", \"results\": ["
				+ "{\"uncached_input_tokens\": -5, \"output_tokens\": 1, \"model\": \"claude-haiku-4-5\"}]}]}";

		assertThat(readText(new AnthropicUsageFormat(), negative).get(0))
			.isInstanceOfSatisfying(UsageLine.Refused.class, refused -> assertThat(refused.failure().describe())
				.isEqualTo("page.json line 1: inputTokens must be >= 0, was -5"));
		assertThatThrownBy(() -> readText(new OpenAiUsageFormat(), "{\"data\": [{\"start_time\": 17304"))
			.isInstanceOf(UsageFileException.class)
			.hasMessageStartingWith("page.json is not valid JSON (truncated or malformed)");
	}

	@Test
	void openAiCosts_isABilledCostInDollarsWithAnUpperCaseCurrency() throws IOException {
		UsageDay usage = ((UsageLine.Accepted) read(new OpenAiCostsFormat(),
				"usage/openai/organization_costs.example-response.json")
			.get(0)).usage();

		assertThat(usage.billedCost()).isEqualByComparingTo("0.06");
		assertThat(usage.currency().getCurrencyCode()).isEqualTo("USD");
		assertThat(usage.kind()).isEqualTo(UsageKind.BILLED);
		assertThat(usage.inputTokens()).isNull();
	}

	/** The cookbook's saved costs: a list of buckets, amounts as 17-digit floats. */
	@Test
	void openAiCosts_readsTheCookbooksListOfBucketsKeepingFloatsTo12Decimals() throws IOException {
		List<UsageLine> lines = read(new OpenAiCostsFormat(), "usage/openai/cookbook-costs-buckets.json");

		assertThat(lines).hasSize(6).allMatch(UsageLine.Accepted.class::isInstance);
		UsageDay first = ((UsageLine.Accepted) lines.get(0)).usage();
		// 0.13080438340307526 dollars, half-even to 12 decimals: 0.130804383403
		assertThat(first.billedCost()).isEqualTo(new BigDecimal("0.130804383403"));
		assertThat(first.rawModel()).isEqualTo("(all line items)");
		assertThat(first.usageDate()).isEqualTo(LocalDate.of(2025, 1, 11));
		// 0.00012073404268330895: 0.000120734043
		assertThat(((UsageLine.Accepted) lines.get(5)).usage().billedCost())
			.isEqualTo(new BigDecimal("0.000120734043"));
	}

	@Test
	void openAiCosts_takesTheModelFromTheLineItem() {
		String page = "{\"data\": [{\"start_time\": 1730419200, \"results\": [{\"amount\": {\"value\": 12.5,"
				+ " \"currency\": \"usd\"}, \"line_item\": \"gpt-4o-2024-08-06, input\", \"project_id\": \"proj_1\"}]}]}";

		UsageDay usage = ((UsageLine.Accepted) readText(new OpenAiCostsFormat(), page).get(0)).usage();

		assertThat(usage.rawModel()).isEqualTo("gpt-4o-2024-08-06");
		assertThat(usage.project()).isEqualTo("proj_1");
	}

	@Test
	void anthropicCosts_convertsCentsInStringsToCurrencyUnits() throws IOException {
		UsageDay usage = ((UsageLine.Accepted) read(new AnthropicCostFormat(),
				"usage/anthropic/cost_report.example-response.json")
			.get(0)).usage();

		// "123.78912" cents = USD 1.2378912
		assertThat(usage.billedCost()).isEqualByComparingTo("1.2378912");
		assertThat(usage.rawModel()).isEqualTo("claude-sonnet-4-20250514");
		assertThat(usage.kind()).isEqualTo(UsageKind.BILLED);
	}

	@Test
	void liteLlmSpendLogs_areOneEstimateRowPerRequestKeyedByRequestId() throws IOException {
		List<UsageLine> lines = read(new LiteLlmSpendLogFormat(), "usage/litellm/litellm-spend-logs.csv");

		UsageDay first = ((UsageLine.Accepted) lines.get(0)).usage();
		assertThat(first.rowKey()).isEqualTo("chatcmpl-1");
		assertThat(first.kind()).isEqualTo(UsageKind.ESTIMATE);
		assertThat(first.billedCost()).isEqualByComparingTo("0.0105");
		assertThat(first.inputTokens()).isEqualTo(1_200L);
		assertThat(first.cachedInputTokens()).isNull();
		assertThat(first.outputTokens()).isEqualTo(300L);
		assertThat(first.requests()).isEqualTo(1L);
		assertThat(first.team()).isEqualTo("team-support");
		assertThat(first.tagsJson()).isEqualTo("{\"request_tags\": [\"helpdesk\", \"prod\"]}");
		// a UTC instant one second before midnight stays on its UTC day
		assertThat(((UsageLine.Accepted) lines.get(1)).usage().usageDate()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(lines.get(2)).isInstanceOfSatisfying(UsageLine.Refused.class,
				refused -> assertThat(refused.failure().describe()).isEqualTo(
						"usage/litellm/litellm-spend-logs.csv line 4, field 'spend': is not a decimal number (value"
								+ " 'abc')"));
	}

	private static List<UsageLine> read(UsageFormat format, String resource) throws IOException {
		try (InputStream in = UsageApiFormatsTest.class.getClassLoader().getResourceAsStream(resource)) {
			return drain(format.open(in, resource));
		}
	}

	private static List<UsageLine> readText(UsageFormat format, String json) {
		return drain(format.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "page.json"));
	}

	private static List<UsageLine> drain(UsageLines lines) {
		List<UsageLine> all = new ArrayList<>();
		try (lines) {
			lines.forEachRemaining(all::add);
		}
		return all;
	}

}
