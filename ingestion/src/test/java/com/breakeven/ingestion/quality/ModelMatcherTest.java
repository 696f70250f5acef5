package com.breakeven.ingestion.quality;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names from outside the catalogue find their model by alias or spelling, or are
 * reported: never a choice between two.
 */
class ModelMatcherTest {

	/** A few aliases as the sample catalogue holds them after both price feeds. */
	private static final Map<String, Long> ALIASES = Map.of("gpt-4o-2024-08-06", 1L, "openai/gpt-4o", 1L,
			"mistral/mistral-7b-instruct-v0.2", 2L, "meta-llama/llama-3-8b", 3L, "meta-llama/llama-3-8b-instruct", 4L,
			"deepseek/deepseek-v2p5", 5L, "qwen/qwen3-max", 6L, "qwen3-max-preview", 7L, "grok-2", 8L, "xai/grok-2",
			9L);

	private static final Map<Long, String> NAMES = Map.of(8L, "xai/grok-2", 9L, "xai/grok-2-1212");

	private final ModelMatcher matcher = new ModelMatcher(ALIASES, id -> NAMES.getOrDefault(id, "model " + id));

	@Test
	void match_anAliasAsWrittenWins() {
		assertThat(this.matcher.match("GPT-4o-2024-08-06"))
			.isEqualTo(new ModelMatcher.Match(1L, ModelMatcher.Rule.ALIAS, null));
	}

	@Test
	void match_huggingFaceIdsReachTheirModelThroughTheCreatorsCatalogueSpelling() {
		// mistralai is the catalogue's mistral; Meta's repository writes Meta-Llama-3
		assertThat(this.matcher.match("mistralai/Mistral-7B-Instruct-v0.2").modelId()).isEqualTo(2L);
		assertThat(this.matcher.match("meta-llama/Meta-Llama-3-8B").modelId()).isEqualTo(3L);
		assertThat(this.matcher.match("meta-llama/Meta-Llama-3-8B-Instruct").modelId()).isEqualTo(4L);
	}

	@Test
	void match_aDatedSnapshotAndAFireworksVersionAreSpellings() {
		assertThat(this.matcher.match("qwen3-max-2025-09-23"))
			.isEqualTo(new ModelMatcher.Match(6L, ModelMatcher.Rule.SPELLING, null));
		assertThat(this.matcher.match("deepseek-v2.5").modelId()).isEqualTo(5L);
	}

	@Test
	void match_twoModelsReachedIsNoAnswerAndNamesBoth() {
		ModelMatcher.Match match = this.matcher.match("grok-2-2024-08-13");

		assertThat(match.found()).isFalse();
		assertThat(match.reason()).isEqualTo("'grok-2-2024-08-13' may mean xai/grok-2 (as 'grok-2') or"
				+ " xai/grok-2-1212 (as 'xai/grok-2'): more than one catalogued model");
	}

	@Test
	void match_anUnknownNameIsReportedAsSuch() {
		assertThat(this.matcher.match("alpaca-13b").reason())
			.isEqualTo("'alpaca-13b' is not in the catalogue, as written or in any spelling of it");
		assertThat(this.matcher.alias("amazon.nova-pro-v1:0").reason())
			.isEqualTo("the alias file names 'amazon.nova-pro-v1:0', which is not in the catalogue");
	}

}
