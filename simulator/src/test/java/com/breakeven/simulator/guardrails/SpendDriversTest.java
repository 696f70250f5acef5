package com.breakeven.simulator.guardrails;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpendDriversTest {

	@Test
	void aSpikeIsExplainedByWhatRoseLargestFirst() {
		Map<String, Double> expected = Map.of("openai/gpt-4o", 40.0, "anthropic/claude-sonnet-4", 50.0, "mistral/small",
				10.0);
		Map<String, Double> actual = Map.of("openai/gpt-4o", 340.0, "anthropic/claude-sonnet-4", 45.0,
				"deepseek/deepseek-chat", 12.0);

		// gpt-4o +300, deepseek +12 (new), mistral −10 and claude −5 moved against the
		// spike
		assertThat(SpendDrivers.rank("model", expected, actual, true)).extracting(DriverChange::member)
			.containsExactly("openai/gpt-4o", "deepseek/deepseek-chat");
		assertThat(SpendDrivers.rank("model", expected, actual, true).get(0).change()).isEqualTo(300);
		assertThat(SpendDrivers.rank("model", expected, actual, false)).extracting(DriverChange::member)
			.containsExactly("mistral/small", "anthropic/claude-sonnet-4");
	}

	@Test
	void aChangeSplitsIntoVolumeAndPrice() {
		// 1 M tokens for 10 USD, then 3 M for 45 USD: p₀ = 10 USD/M, p₁ = 15 USD/M
		// volume = 2 M × 10 = 20 USD; price = 3 M × 5 = 15 USD; together the 35 USD
		// change
		PriceVolumeSplit split = PriceVolumeSplit.of(1_000_000, 10, 3_000_000, 45);
		assertThat(split.volumeEffect()).isCloseTo(20, within(1e-9));
		assertThat(split.priceEffect()).isCloseTo(15, within(1e-9));
		assertThat(split.change()).isCloseTo(35, within(1e-9));

		// the same tokens at a lower price: all price
		PriceVolumeSplit cut = PriceVolumeSplit.of(2_000_000, 30, 2_000_000, 20);
		assertThat(cut.volumeEffect()).isZero();
		assertThat(cut.priceEffect()).isCloseTo(-10, within(1e-9));

		// nothing before: all volume
		assertThat(PriceVolumeSplit.of(0, 0, 1_000, 7).volumeEffect()).isCloseTo(7, within(1e-9));
	}

}
