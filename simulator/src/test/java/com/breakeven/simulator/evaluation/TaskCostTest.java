package com.breakeven.simulator.evaluation;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.ApiPricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TaskCostTest {

	private static final Currency USD = Currency.getInstance("USD");

	/** Groq's Llama 3.3 70B in the sample catalogue: 0.59 in, 0.79 out per million. */
	private static final ApiPricing GROQ = ApiPricing.listPrices(USD, 0.59, 0.59, 0.79);

	private static final double CENT_FRACTION = 1e-12;

	@Test
	void of_costPerTaskAndPerCorrectAnswer() {
		// 50 tasks of 120 prompt and 8 answer tokens: 6,000 in, 400 out
		TaskCost cost = TaskCost.of(GROQ, 6_000, 400, 50, 40);

		// 6,000 × 0.59 ÷ 1e6 + 400 × 0.79 ÷ 1e6 = 0.00354 + 0.000316 = 0.003856 USD
		assertThat(cost.total()).isCloseTo(0.003856, within(CENT_FRACTION));
		// ÷ 50 tasks = 0.00007712; ÷ 40 correct = 0.0000964
		assertThat(cost.perTask()).isCloseTo(0.00007712, within(CENT_FRACTION));
		assertThat(cost.perCorrect()).isCloseTo(0.0000964, within(CENT_FRACTION));
		// cross-check: cost per correct × correct = cost per task × tasks
		assertThat(cost.perCorrect() * 40).isCloseTo(cost.perTask() * 50, within(CENT_FRACTION));
		assertThat(cost.currency()).isEqualTo(USD);
	}

	@Test
	void of_noCorrectAnswerHasNoCostPerCorrect() {
		TaskCost cost = TaskCost.of(GROQ, 6_000, 400, 50, 0);

		assertThat(cost.hasPerCorrect()).isFalse();
		assertThat(cost.perTask()).isCloseTo(0.00007712, within(CENT_FRACTION));
	}

}
