package com.breakeven.web;

import java.util.Currency;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.breakeven.simulator.shift.Recommendation;

import static org.assertj.core.api.Assertions.assertThat;

class MoveWordsTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Map<String, String> NAMES = Map.of("openai/gpt-4o", "GPT-4o", "openai/gpt-oss-20b",
			"gpt-oss-20b");

	private static final UnaryOperator<String> MODEL_NAME = canonical -> NAMES.getOrDefault(canonical, canonical);

	@Test
	void sentence_namesTheWorkloadsModelOnceWithSellersInWords() {
		Recommendation move = new Recommendation("helpdesk on openai/gpt-4o", "openai/gpt-4o at openai",
				"openai/gpt-oss-20b at darkbloom", "openai/gpt-oss-20b", false, 44_845.4, USD, "why", "risk",
				Double.NaN, null, "darkbloom");

		assertThat(MoveWords.sentence(move, MODEL_NAME))
			.isEqualTo("move helpdesk from GPT-4o at OpenAI to gpt-oss-20b at Darkbloom: saves 44,845 USD a month");
	}

	@Test
	void sentence_ownHardwareNamesTheNode() {
		Recommendation move = new Recommendation("legal on openai/gpt-4o", "openai/gpt-4o",
				"openai/gpt-oss-20b on HGX H100 8-GPU server", "openai/gpt-oss-20b", true, 1_234.5, USD, "why", "risk");

		assertThat(MoveWords.sentence(move, MODEL_NAME)).isEqualTo(
				"move legal from GPT-4o to gpt-oss-20b on your own HGX H100 8-GPU server: saves 1,235 USD a month");
	}

	@Test
	void sentence_requiredMoveSaysWhatItCosts() {
		Recommendation move = new Recommendation("openai/gpt-4o", "openai/gpt-4o at openai",
				"openai/gpt-oss-20b on HGX H100 8-GPU server", "openai/gpt-oss-20b", true, -2_000, USD, "why", "risk");

		assertThat(MoveWords.sentence(move, MODEL_NAME)).isEqualTo(
				"move GPT-4o from OpenAI to gpt-oss-20b on your own HGX H100 8-GPU server: required, costs 2,000 USD a month more");
	}

	@Test
	void originAndDestination_nameModelsAndSellersAsTheSentenceDoes() {
		Recommendation move = new Recommendation("helpdesk on openai/gpt-4o", "openai/gpt-4o at openai",
				"openai/gpt-oss-20b at together-ai", "openai/gpt-oss-20b", false, 10, USD, "why", "risk", Double.NaN,
				null, "together-ai");

		assertThat(MoveWords.origin(move, MODEL_NAME)).isEqualTo("GPT-4o at OpenAI");
		assertThat(MoveWords.destination(move, MODEL_NAME)).isEqualTo("gpt-oss-20b at Together AI");
	}

}
