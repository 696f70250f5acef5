package com.breakeven.pricing.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNamesTest {

	@ParameterizedTest(name = "{0} via {1} is {2} in {3}")
	@CsvSource({ "gpt-4o-2024-08-06, openai, openai/gpt-4o, global", "openai/gpt-4o, openrouter, openai/gpt-4o, global",
			"azure/gpt-4o, azure, openai/gpt-4o, global", "azure/eu/gpt-4o-2024-08-06, azure, openai/gpt-4o, eu",
			"bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0, bedrock, anthropic/claude-sonnet-4-5,"
					+ " us-gov-east-1",
			"eu.anthropic.claude-sonnet-4-5-20250929-v1:0, bedrock, anthropic/claude-sonnet-4-5, eu",
			"claude-sonnet-4-5-20250929, anthropic, anthropic/claude-sonnet-4-5, global",
			"together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo, together_ai,"
					+ " meta-llama/llama-3.3-70b-instruct-turbo, global",
			"meta-llama/llama-3.3-70b-instruct:free, openrouter, meta-llama/llama-3.3-70b-instruct, global",
			"mistralai/mistral-small-3.1-24b-instruct, openrouter, mistral/mistral-small-3.1-24b-instruct, global",
			"deepseek-chat, deepseek, deepseek/deepseek-chat, global" })
	void identify_derivesTheCanonicalModelAndRegion(String raw, String route, String canonical, String region) {
		ModelIdentity identity = ModelNames.identify(raw, Set.of(route), route.replace('_', '-'));

		assertThat(identity.canonicalName()).isEqualTo(canonical);
		assertThat(identity.region()).isEqualTo(region);
		assertThat(identity.aliases()).contains(raw.toLowerCase(), canonical);
	}

	// keys as LiteLLM's model_prices_and_context_window.json writes them (the shipped
	// feed): an open family sold under a seller's route is its maker's model, so the
	// seller's price joins the maker's own and the other sellers'
	@ParameterizedTest(name = "{0} via {1} is {2}")
	@CsvSource({ "azure_ai/Phi-4, azure_ai, microsoft/phi-4, global",
			"fireworks_ai/accounts/fireworks/models/phi-3-mini-128k-instruct, fireworks_ai,"
					+ " microsoft/phi-3-mini-128k-instruct, global",
			"snowflake/reka-flash, snowflake, reka/reka-flash, global",
			"snowflake/jamba-1.5-large, snowflake, ai21/jamba-1.5-large, global",
			"fireworks_ai/accounts/fireworks/models/code-llama-13b, fireworks_ai, meta-llama/code-llama-13b, global",
			"bedrock/eu-west-1/minimax.minimax-m2.5, bedrock, minimax/minimax-m2.5, eu-west-1",
			"bedrock/moonshotai.kimi-k2.5, bedrock, moonshot/kimi-k2.5, global",
			"bedrock_converse/google.gemma-3-27b-it, bedrock_converse, google/gemma-3-27b-it, global",
			"oci/xai.grok-4, oci, xai/grok-4, global", "cerebras/zai-glm-4.6, cerebras, zhipu/zai-glm-4.6, global" })
	void identify_namesTheMakerOfAnOpenFamilySoldUnderASellersRoute(String raw, String route, String canonical,
			String region) {
		ModelIdentity identity = ModelNames.identify(raw, Set.of(route), route.replace('_', '-'));

		assertThat(identity.canonicalName()).isEqualTo(canonical);
		assertThat(identity.region()).isEqualTo(region);
	}

	@ParameterizedTest(name = "{0} is {2}, variant {3}")
	@CsvSource({ "vertex_ai/claude-3-7-sonnet@20250219, vertex_ai, anthropic/claude-3-7-sonnet, 2, 20250219",
			"vertex_ai/claude-opus-4-6@default, vertex_ai, anthropic/claude-opus-4-6, 1, ''",
			"vertex_ai/codestral@latest, vertex_ai, mistral/codestral, 1, ''",
			"vertex_ai/mistral-large@2411-001, vertex_ai, mistral/mistral-large, 2, ''",
			"vertex_ai/mistralai/codestral-2@001, vertex_ai, mistral/codestral-2, 2, ''",
			"anthropic.claude-haiku-4-5@20251001, bedrock, anthropic/claude-haiku-4-5, 2, 20251001",
			"cloudflare/@cf/meta/llama-3.2-3b-instruct, cloudflare, meta-llama/llama-3.2-3b-instruct, 0, ''" })
	void identify_makesAVertexVersionOrACloudflareNamespaceAnAliasOfTheModel(String raw, String route, String canonical,
			int variant, String snapshotDate) {
		ModelIdentity identity = ModelNames.identify(raw, Set.of(route), route.replace('_', '-'));

		assertThat(identity.canonicalName()).isEqualTo(canonical);
		assertThat(identity.variant()).isEqualTo(variant);
		assertThat(identity.snapshotDate()).isEqualTo(snapshotDate);
		assertThat(identity.aliases()).contains(raw.toLowerCase(), canonical);
	}

	@ParameterizedTest
	@CsvSource({ "anthropic/claude-3.5-sonnet, anthropic/claude-3-5-sonnet", "openai/gpt-4.1, openai/gpt-4-1" })
	void identify_aliasesDottedVersionsWithTheirDashedSpelling(String dotted, String dashed) {
		assertThat(ModelNames.identify(dotted, Set.of(), "openrouter").aliases()).contains(dashed);
	}

	@ParameterizedTest(name = "{0} may be catalogued as {1}")
	@CsvSource({ "meta-llama/Meta-Llama-3-8B, meta-llama/llama-3-8b", "meta-llama/Llama-2-7b-chat-hf, llama-2-7b-chat",
			"mistralai/Mistral-7B-Instruct-v0.2, mistral/mistral-7b-instruct-v0.2", "grok-2-2024-08-13, grok-2",
			"qwen1.5-72b-chat, qwen1p5-72b-chat", "llama-3.1-405b-instruct, meta-llama/llama-3-1-405b-instruct" })
	void spellings_readsPublishersConventionsAndTheIdentityRules(String raw, String catalogued) {
		assertThat(ModelNames.spellings(raw)).first().isEqualTo(raw.toLowerCase());
		assertThat(ModelNames.spellings(raw)).contains(catalogued);
	}

	@ParameterizedTest(name = "{0} is never spelled {1}")
	@CsvSource({ "meta-llama/Meta-Llama-3-8B, meta-llama/llama-3-8b-instruct", "gpt-4o-mini, gpt-4o",
			"llama-3.1-405b-instruct-fp8, llama-3.1-405b-instruct" })
	void spellings_neverDropsWhatMakesAnotherModel(String raw, String other) {
		assertThat(ModelNames.spellings(raw)).doesNotContain(other);
	}

}
