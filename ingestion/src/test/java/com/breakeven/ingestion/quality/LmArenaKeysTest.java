package com.breakeven.ingestion.quality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** LMArena's keys read as a model and the setting it was rated in. */
class LmArenaKeysTest {

	@ParameterizedTest(name = "{0} is {1} in setting ''{2}''")
	@CsvSource(nullValues = "-",
			value = { "claude-opus-4-5-20251101-thinking-32k, claude-opus-4-5-20251101, thinking 32k",
					"deepseek-v3.1-thinking, deepseek-v3.1, thinking",
					"qwen3-235b-a22b-no-thinking, qwen3-235b-a22b, no thinking",
					"gpt-5-mini-high, gpt-5-mini, reasoning effort high",
					"llama-3.1-405b-instruct-fp8, llama-3.1-405b-instruct, FP8",
					"llama-3.1-405b-instruct-bf16, llama-3.1-405b-instruct, BF16",
					"qwen3-235b-a22b-thinking-2507, qwen3-235b-a22b-thinking-2507, -",
					"gpt-4o-2024-08-06, gpt-4o-2024-08-06, -" })
	void read_splitsTheSettingFromTheModel(String key, String model, String setting) {
		assertThat(LmArenaKeys.read(key)).isEqualTo(new LmArenaKeys.Key(model, setting));
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(nullValues = "-", value = { "full, -, LMArena text", "coding, -, LMArena text: coding",
			"coding, thinking 32k, LMArena text: coding (thinking 32k)", "full, FP8, LMArena text (FP8)" })
	void benchmark_namesTheCategoryAndSetting(String category, String setting, String benchmark) {
		assertThat(LmArenaKeys.benchmark(category, setting)).isEqualTo(benchmark);
	}

}
