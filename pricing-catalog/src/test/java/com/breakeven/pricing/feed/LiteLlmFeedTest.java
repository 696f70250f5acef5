package com.breakeven.pricing.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LiteLlmFeedTest {

	private final LiteLlmFeed feed = new LiteLlmFeed();

	@Test
	void read_convertsPerTokenNumbersToExactPricesPerMillion() throws IOException {
		FeedEntry gpt4o = entry(read("feeds/litellm-small.json"), "gpt-4o");

		// 2.5e-06 per token × 10^6 = 2.5 per million, exactly; 1e-05 → 10; batches
		// 1.25e-06 → 1.25
		TierPrice base = gpt4o.tiers().get(0);
		assertThat(base.input()).isEqualByComparingTo("2.5");
		assertThat(base.cachedInput()).isEqualByComparingTo("1.25");
		assertThat(base.output()).isEqualByComparingTo("10");
		assertThat(base.batchInput()).isEqualByComparingTo("1.25");
		assertThat(base.batchOutput()).isEqualByComparingTo("5");
		assertThat(gpt4o.identity().canonicalName()).isEqualTo("openai/gpt-4o");
		assertThat(gpt4o.contextWindowTokens()).isEqualTo(128_000);
	}

	@Test
	void read_turnsLongContextFieldNamesIntoATier() throws IOException {
		FeedEntry gemini = entry(read("feeds/litellm-small.json"), "gemini-2.5-pro");

		assertThat(gemini.sellerCode()).isEqualTo("google-vertex-ai");
		assertThat(gemini.tiers()).extracting(TierPrice::contextAboveTokens).containsExactly(0, 200_000);
		TierPrice above200k = gemini.tiers().get(1);
		assertThat(above200k.input()).isEqualByComparingTo("2.5");
		assertThat(above200k.output()).isEqualByComparingTo("15");
		assertThat(above200k.cachedInput()).isEqualByComparingTo("0.25");
	}

	@Test
	void read_keepsRegionalAndCrossRegionKeysAsVariantsOfOneModel() throws IOException {
		FeedReading reading = read("feeds/litellm-small.json");

		FeedEntry azureEu = entry(reading, "azure/eu/gpt-4o-2024-08-06");
		assertThat(azureEu.identity().canonicalName()).isEqualTo("openai/gpt-4o");
		assertThat(azureEu.identity().region()).isEqualTo("eu");
		assertThat(azureEu.sellerCode()).isEqualTo("azure-openai");
		FeedEntry bedrockUs = entry(reading, "us.anthropic.claude-sonnet-4-5-20250929-v1:0");
		assertThat(bedrockUs.identity().canonicalName()).isEqualTo("anthropic/claude-sonnet-4-5");
		assertThat(bedrockUs.identity().region()).isEqualTo("us");
		assertThat(bedrockUs.sellerCode()).isEqualTo("aws-bedrock");
	}

	@Test
	void read_classifiesOtherModesAndSkipsTheSpecEntry() throws IOException {
		FeedReading reading = read("feeds/litellm-small.json");

		assertThat(reading.classified()).containsEntry("embedding", 1);
		assertThat(reading.entriesRead()).isEqualTo(8);
		assertThat(reading.entries()).extracting(FeedEntry::key)
			.doesNotContain("sample_spec", "text-embedding-3-small");
		assertThat(entry(reading, "github_copilot/gpt-4o").priced()).isFalse();
	}

	@Test
	void read_refusesAPerMillionValueInAPerTokenFieldNamingModelAndField() throws IOException {
		FeedReading reading = read("feeds/litellm-per-million-in-per-token-field.json");

		assertThat(reading.entries()).isEmpty();
		assertThat(reading.problems()).singleElement()
			.extracting(FeedProblem::describe)
			.isEqualTo("entry 1 'gpt-4o', field 'input_cost_per_token': per token is 2500000 per million tokens, more"
					+ " than 1000: a per-million value in a per-token field? (value '2.5')");
	}

	@Test
	void read_refusesANegativePrice() throws IOException {
		assertThat(read("feeds/litellm-negative-price.json").problems()).singleElement()
			.extracting(FeedProblem::describe)
			.isEqualTo("entry 1 'gpt-4o', field 'input_cost_per_token': per token is negative (value '-0.0000025')");
	}

	@Test
	void read_refusesAnEntryWithOnlyHalfItsPrice() throws IOException {
		assertThat(read("feeds/litellm-missing-output-price.json").problems()).singleElement()
			.extracting(FeedProblem::describe)
			.isEqualTo("entry 1 'gpt-4o', field 'output_cost_per_token': is missing while input_cost_per_token is"
					+ " given");
	}

	@Test
	void read_failsOnMalformedJsonSayingWhere() {
		assertThatThrownBy(() -> read("feeds/litellm-malformed.json")).isInstanceOf(FeedFormatException.class)
			.hasMessageStartingWith("feeds/litellm-malformed.json is not valid JSON (truncated or malformed): ")
			.hasMessageContaining("at line 7");
	}

	@Test
	void read_failsOnATruncatedFile() {
		assertThatThrownBy(() -> read("feeds/litellm-truncated.json")).isInstanceOf(FeedFormatException.class)
			.hasMessageStartingWith("feeds/litellm-truncated.json is not valid JSON (truncated or malformed)");
	}

	@Test
	void read_theRealSnapshotRefusesItsUnitMistakesAndKeepsTheRest() throws IOException {
		FeedReading reading = read("sample-data/feeds/litellm_model_prices_and_context_window.json");

		// The mid-2026 snapshot lists wandb's prices per million in per-token fields
		// ($0.135 "per token")
		assertThat(reading.problems()).anySatisfy(problem -> assertThat(problem.describe())
			.startsWith("entry 2407 'wandb/deepseek-ai/DeepSeek-R1-0528', field 'input_cost_per_token'"));
		assertThat(reading.problems().size()).isLessThan(reading.entriesRead() / 50);
		assertThat(reading.entries()).hasSizeGreaterThan(2300);
		assertThat(new BigDecimal(reading.entries().size())).isPositive();
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"gpt-4o|openai/gpt-4o|file+image+text->text|gpt-4o: mode 'chat', supports_vision, supports_pdf_input",
			"gemini/gemini-2.5-pro-preview-tts|google/gemini-2.5-pro-preview-tts|text->audio"
					+ "|gemini/gemini-2.5-pro-preview-tts: mode 'chat', supported_modalities, supported_output_modalities",
			"vercel_ai_gateway/amazon/titan-embed-text-v2|amazon/titan-embed-text-v2|text->nothing"
					+ "|vercel_ai_gateway/amazon/titan-embed-text-v2: mode 'chat', max_output_tokens 0",
			// Bedrock's version suffix (-v2:0) is taken off the name, as for
			// anthropic.…-v1:0
			"amazon.titan-embed-text-v2:0|amazon/titan-embed-text|?->embeddings"
					+ "|amazon.titan-embed-text-v2:0: mode 'embedding'",
			"fireworks_ai/accounts/fireworks/models/flux-1-dev-fp8|fireworks-ai/flux-1-dev-fp8|?->image"
					+ "|fireworks_ai/accounts/fireworks/models/flux-1-dev-fp8: mode 'image_generation'" })
	void read_keepsWhatEveryEntryOfTheRealSnapshotSaysOfItsModalities(String key, String model, String modalities,
			String evidence) throws IOException {
		FeedReading reading = read("sample-data/feeds/litellm_model_prices_and_context_window.json");

		assertThat(reading.statements()).filteredOn(statement -> statement.claim().evidence().startsWith(key + ":"))
			.singleElement()
			.satisfies(statement -> {
				assertThat(statement.modelName()).isEqualTo(model);
				assertThat(statement.claim().source()).isEqualTo("litellm");
				assertThat(statement.claim().modalities()).isEqualTo(modalities);
				assertThat(statement.claim().evidence()).isEqualTo(evidence);
			});
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{1} at {0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			// keys that carry their provider keep it, and their case
			"together-ai|together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"
					+ "|together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
			"deepseek|deepseek/deepseek-chat|deepseek/deepseek-chat",
			"google-ai-studio|gemini/gemini-2.5-pro|gemini/gemini-2.5-pro",
			// keys without one get the seller's route: OpenAI's and Anthropic's own
			"openai|gpt-4o|openai/gpt-4o", "anthropic|claude-sonnet-4-5|anthropic/claude-sonnet-4-5",
			// vertex_ai-language-models, bedrock_converse: the family's route
			"google-vertex-ai|gemini-2.5-flash|vertex_ai/gemini-2.5-flash",
			"aws-bedrock|anthropic.claude-3-5-sonnet-20240620-v1:0|bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
			"cohere-chat|command-a-03-2025|cohere_chat/command-a-03-2025",
			// the feed spells amazon_nova's keys with a dash
			"amazon-nova|amazon-nova/nova-micro-v1|amazon_nova/nova-micro-v1" })
	void route_isTheKeyWithItsProvidersPrefix(String seller, String key, String route) {
		assertThat(LiteLlmFeed.route(seller, key)).isEqualTo(route);
	}

	private FeedReading read(String resource) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			return this.feed.read(in, resource);
		}
	}

	static FeedEntry entry(FeedReading reading, String key) {
		return reading.entries().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
	}

}
