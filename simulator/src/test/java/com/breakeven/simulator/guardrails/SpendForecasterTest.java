package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.breakeven.simulator.guardrails.SpendForecast.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpendForecasterTest {

	private static final double TOLERANCE = 1e-6;

	/** A Monday. */
	private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

	private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

	@Test
	void level_fiveDaysOfJune() {
		DailySeries history = series(JUNE_1, 10, 12, 8, 10, 10);

		SpendForecast june = SpendForecaster.forecast(history, JUNE_1, JUNE_30, JUNE_1.plusDays(4)).orElseThrow();

		// mean 10, σ² = (0 + 4 + 4 + 0 + 0) ÷ (5 − 1) = 2; 25 days to come
		// rest = 25 × 10 = 250; (XᵀX)⁻¹ = 1/5, s = 25: sᵀ(XᵀX)⁻¹s = 625 ÷ 5 = 125
		// Var = 2 × (25 + 125) = 300, √300 = 17.320508; t(0.975, 4) = 2.776445105
		// half interval = 2.776445 × 17.320508 = 48.089440
		assertThat(june.method()).isEqualTo(Method.LEVEL);
		assertThat(june.daysFitted()).isEqualTo(5);
		assertThat(june.actualToDate()).isCloseTo(50, within(TOLERANCE));
		assertThat(june.expected()).isCloseTo(300, within(TOLERANCE));
		assertThat(june.expectedRest()).isCloseTo(250, within(TOLERANCE));
		assertThat(june.lower()).isCloseTo(251.910560, within(TOLERANCE));
		assertThat(june.upper()).isCloseTo(348.089440, within(TOLERANCE));
	}

	@Test
	void trend_aSteadyRiseIsExtendedExactly() {
		double[] amounts = new double[14];
		for (int day = 0; day < amounts.length; day++) {
			amounts[day] = 2 + day;
		}

		SpendForecast june = SpendForecaster.forecast(series(JUNE_1, amounts), JUNE_1, JUNE_30, JUNE_1.plusDays(13))
			.orElseThrow();

		// to date Σ (2 + i), i = 0..13 = 28 + 91 = 119
		// June 15..30 are i = 14..29: Σ (2 + i) = 32 + (14 + 29) × 16 ÷ 2 = 376; no
		// noise, no spread
		assertThat(june.method()).isEqualTo(Method.TREND);
		assertThat(june.actualToDate()).isCloseTo(119, within(TOLERANCE));
		assertThat(june.expected()).isCloseTo(495, within(TOLERANCE));
		assertThat(june.lower()).isCloseTo(495, within(1e-4));
		assertThat(june.upper()).isCloseTo(495, within(1e-4));
	}

	@Test
	void weekdayAndTrend_quietWeekendsStayQuiet() {
		double[] amounts = new double[28];
		for (int day = 0; day < amounts.length; day++) {
			amounts[day] = (day % 7 < 5) ? 100 : 0;
		}

		SpendForecast june = SpendForecaster.forecast(series(JUNE_1, amounts), JUNE_1, JUNE_30, JUNE_1.plusDays(27))
			.orElseThrow();

		// four weeks of five 100s = 2,000; June 29 and 30 are a Monday and a Tuesday: 200
		// more
		// (a level-only forecast would give 2 × 2,000 ÷ 28 = 142.86)
		assertThat(june.method()).isEqualTo(Method.WEEKDAY_AND_TREND);
		assertThat(june.actualToDate()).isCloseTo(2000, within(TOLERANCE));
		assertThat(june.expected()).isCloseTo(2200, within(1e-4));
		assertThat(june.upper()).isCloseTo(2200, within(1e-4));
	}

	@Test
	void aDayMissingFromTheHistoryHadNoUsage() {
		DailySeries history = DailySeries
			.of(List.of(new DailyAmount(JUNE_1, 10), new DailyAmount(JUNE_1.plusDays(2), 20)), JUNE_1.plusDays(3));

		assertThat(history.amounts()).containsExactly(10, 0, 20, 0);
		SpendForecast june = SpendForecaster.forecast(history, JUNE_1, JUNE_30, JUNE_1.plusDays(3)).orElseThrow();
		// mean 7.5 over four days, 26 to come
		assertThat(june.expected()).isCloseTo(30 + 26 * 7.5, within(TOLERANCE));
	}

	@Test
	void spendIsNeverForecastBelowWhatWasSpent() {
		double[] falling = new double[20];
		for (int day = 0; day < falling.length; day++) {
			falling[day] = Math.max(0, 100 - 6 * day);
		}

		SpendForecast june = SpendForecaster.forecast(series(JUNE_1, falling), JUNE_1, JUNE_30, JUNE_1.plusDays(19))
			.orElseThrow();

		// the trend goes below zero before the month ends: nothing more is spent, never
		// less
		assertThat(june.expected()).isCloseTo(june.actualToDate(), within(TOLERANCE));
		assertThat(june.lower()).isCloseTo(june.actualToDate(), within(TOLERANCE));
		assertThat(june.upper()).isGreaterThanOrEqualTo(june.expected());
	}

	@Test
	void aPeriodThatIsOverIsItsActual() {
		SpendForecast june = SpendForecaster
			.forecast(series(JUNE_1, 1, 2, 3), JUNE_1, JUNE_1.plusDays(1), JUNE_1.plusDays(2))
			.orElseThrow();

		assertThat(june.method()).isEqualTo(Method.PERIOD_OVER);
		assertThat(june.expected()).isEqualTo(3);
		assertThat(june.lower()).isEqualTo(3);
	}

	@Test
	void twoDaysAreTooFewForAForecast() {
		assertThat(SpendForecaster.forecast(series(JUNE_1, 5, 6), JUNE_1, JUNE_30, JUNE_1.plusDays(1)))
			.isEqualTo(Optional.empty());
		assertThatThrownBy(() -> SpendForecaster.forecast(series(JUNE_1, 5, 6, 7), JUNE_30, JUNE_1, JUNE_1))
			.hasMessageContaining("a period ends on or after its start");
	}

	/**
	 * The interval is a 95 % one: over 2,000 simulated histories of a rising,
	 * weekday-shaped spend with normal noise, the month's real spend falls inside it
	 * about 95 times in 100 (a binomial 95 % range for 2,000 trials is 94.0 % to 96.0 %).
	 */
	@Test
	void theIntervalHoldsTheRealSpendNinetyFiveTimesInAHundred() {
		Random random = new Random(20261130L);
		double[] weekday = { 0, 10, 10, 5, 15, -40, -45 };
		int inside = 0;
		int trials = 2000;
		LocalDate asOf = JUNE_1.plusDays(55);
		LocalDate periodStart = asOf.withDayOfMonth(1);
		LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
		for (int trial = 0; trial < trials; trial++) {
			List<DailyAmount> history = new ArrayList<>();
			double future = 0;
			for (int day = 0; !JUNE_1.plusDays(day).isAfter(periodEnd); day++) {
				double amount = Math.max(0, 100 + 0.5 * day + weekday[day % 7] + 5 * random.nextGaussian());
				if (day <= 55) {
					history.add(new DailyAmount(JUNE_1.plusDays(day), amount));
				}
				else {
					future += amount;
				}
			}
			DailySeries series = DailySeries.of(history, asOf);
			SpendForecast forecast = SpendForecaster.forecast(series, periodStart, periodEnd, asOf).orElseThrow();
			double real = forecast.actualToDate() + future;
			if (real >= forecast.lower() && real <= forecast.upper()) {
				inside++;
			}
		}
		assertThat(inside / (double) trials).isBetween(0.94, 0.96);
	}

	static DailySeries series(LocalDate first, double... amounts) {
		return new DailySeries(first, amounts);
	}

}
