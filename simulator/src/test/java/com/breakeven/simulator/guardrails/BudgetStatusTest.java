package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.breakeven.simulator.guardrails.BudgetStatus.State;
import com.breakeven.simulator.guardrails.SpendForecast.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BudgetStatusTest {

	private static final LocalDate NOVEMBER_1 = LocalDate.of(2026, 11, 1);

	private static Optional<SpendForecast> expecting(double actual, double expected) {
		return Optional.of(new SpendForecast(NOVEMBER_1, NOVEMBER_1.plusDays(29), NOVEMBER_1.plusDays(19), actual,
				expected, expected * 0.9, expected * 1.1, Method.WEEKDAY_AND_TREND, 60));
	}

	@Test
	void onlyTheHighestThresholdReachedCounts() {
		// budget 900 USD; 600 spent is 66.7 %: 50 % reached, 80 % (720) not;
		// 950 expected is 105.6 %: 100 % reached by the forecast
		BudgetStatus status = BudgetStatus.of(900, BudgetStatus.DEFAULT_THRESHOLDS, 600, expecting(600, 950));

		assertThat(status.actualThreshold()).isEqualTo(50);
		assertThat(status.forecastThreshold()).isEqualTo(100);
		assertThat(status.state()).isEqualTo(State.AT_RISK);
		assertThat(status.actualPercent()).isCloseTo(66.666667, within(1e-6));
		assertThat(status.forecastPercent())
			.hasValueSatisfying((percent) -> assertThat(percent).isCloseTo(105.555556, within(1e-6)));
	}

	@Test
	void aThresholdIsReachedAtItsAmountExactly() {
		assertThat(BudgetStatus.of(1000, BudgetStatus.DEFAULT_THRESHOLDS, 800, Optional.empty()).actualThreshold())
			.isEqualTo(80);
		assertThat(BudgetStatus.of(1000, BudgetStatus.DEFAULT_THRESHOLDS, 799.99, Optional.empty()).actualThreshold())
			.isEqualTo(50);
		BudgetStatus over = BudgetStatus.of(1000, BudgetStatus.DEFAULT_THRESHOLDS, 1000, Optional.empty());
		assertThat(over.state()).isEqualTo(State.OVER);
		assertThat(over.forecastThreshold()).isZero();
		assertThat(BudgetStatus.of(1000, BudgetStatus.DEFAULT_THRESHOLDS, 10, expecting(10, 500)).state())
			.isEqualTo(State.ON_TRACK);
	}

	@Test
	void aBudgetIsPositiveAndItsThresholdsSensible() {
		assertThatThrownBy(() -> BudgetStatus.of(0, BudgetStatus.DEFAULT_THRESHOLDS, 1, Optional.empty()))
			.hasMessageContaining("positive");
		assertThatThrownBy(() -> BudgetStatus.of(10, java.util.List.of(0), 1, Optional.empty()))
			.hasMessageContaining("1 to 1,000");
	}

}
