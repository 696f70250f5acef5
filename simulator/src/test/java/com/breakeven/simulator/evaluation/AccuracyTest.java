package com.breakeven.simulator.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AccuracyTest {

	private static final double TOLERANCE = 1e-6;

	private static final int TASKS = 50;

	@Test
	void wilson_fortyOfFifty() {
		Accuracy accuracy = Accuracy.wilson(40, TASKS);

		// p̂ = 40 ÷ 50 = 0.8; z² = 1.959964² = 3.841459
		// 1 + z²/n = 1.076829; centre = (0.8 + 3.841459 ÷ 100) ÷ 1.076829 = 0.778596
		// half = 1.959964 ÷ 1.076829 × √(0.8 × 0.2 ÷ 50 + 3.841459 ÷ 10000)
		// = 1.820126 × √0.003584146 = 1.820126 × 0.059868 = 0.108967
		assertThat(accuracy.share()).isEqualTo(0.8);
		assertThat(accuracy.lower()).isCloseTo(0.669629, within(TOLERANCE));
		assertThat(accuracy.upper()).isCloseTo(0.887562, within(TOLERANCE));
		assertThat(accuracy.percent()).isCloseTo(80, within(TOLERANCE));
	}

	@Test
	void wilson_noneCorrectStillHasAnUpperBound() {
		Accuracy accuracy = Accuracy.wilson(0, TASKS);

		// with p̂ = 0 the interval is [0, z² ÷ (n + z²)] = 3.841459 ÷ 53.841459
		assertThat(accuracy.lower()).isZero();
		assertThat(accuracy.upper()).isCloseTo(3.841459 / 53.841459, within(TOLERANCE));
	}

	@Test
	void wilson_isSymmetricInCorrectAndWrong() {
		// cross-check: the interval of k of n mirrors that of n − k of n
		Accuracy twelve = Accuracy.wilson(12, TASKS);
		Accuracy thirtyEight = Accuracy.wilson(38, TASKS);

		assertThat(twelve.lower()).isCloseTo(1 - thirtyEight.upper(), within(1e-12));
		assertThat(twelve.upper()).isCloseTo(1 - thirtyEight.lower(), within(1e-12));
		assertThat(Accuracy.wilson(TASKS, TASKS).upper()).isEqualTo(1);
	}

	@Test
	void wilson_refusesNothingScored() {
		assertThatThrownBy(() -> Accuracy.wilson(0, 0)).hasMessageContaining("scored >= 1");
		assertThatThrownBy(() -> Accuracy.wilson(51, TASKS)).hasMessageContaining("51 of 50");
	}

}
