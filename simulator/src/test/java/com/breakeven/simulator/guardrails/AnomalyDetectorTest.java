package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AnomalyDetectorTest {

	private static final double TOLERANCE = 1e-9;

	/** A Monday. */
	private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

	/** The Monday eight weeks later, index 56. */
	private static final LocalDate JULY_27 = LocalDate.of(2026, 7, 27);

	private final AnomalyDetector detector = new AnomalyDetector(4, 0.10, 1);

	/**
	 * Eight weeks whose weekdays alternate 90 and 110 from week to week and whose
	 * weekends alternate 15 and 25, then one more day.
	 */
	private static DailySeries eightWeeksThen(double lastDay, int lastDayOffset) {
		double[] amounts = new double[57 + lastDayOffset];
		for (int day = 0; day < amounts.length; day++) {
			boolean weekend = day % 7 >= 5;
			boolean evenWeek = (day / 7) % 2 == 0;
			amounts[day] = weekend ? (evenWeek ? 15 : 25) : (evenWeek ? 90 : 110);
		}
		amounts[amounts.length - 1] = lastDay;
		return new DailySeries(JUNE_1, amounts);
	}

	@Test
	void aMondayIsJudgedAgainstEarlierMondays() {
		// every weekday's median is (90 + 110) ÷ 2 = 100, every weekend day's (15 + 25) ÷
		// 2 = 20
		// residuals: 40 of 10 and 16 of 5; their median is 10: scale = 1.4826 × 10 =
		// 14.826
		// half band = max(4 × 14.826, 0.10 × 100, 1) = 59.304: band 40.696 to 159.304
		assertThat(this.detector.detect(eightWeeksThen(159, 0), JULY_27, JULY_27)).isEmpty();
		assertThat(this.detector.detect(eightWeeksThen(41, 0), JULY_27, JULY_27)).isEmpty();

		List<SpendAnomaly> spike = this.detector.detect(eightWeeksThen(160, 0), JULY_27, JULY_27);
		assertThat(spike).hasSize(1);
		assertThat(spike.get(0).day()).isEqualTo(JULY_27);
		assertThat(spike.get(0).expected()).isCloseTo(100, within(TOLERANCE));
		assertThat(spike.get(0).lowerBand()).isCloseTo(40.696, within(TOLERANCE));
		assertThat(spike.get(0).upperBand()).isCloseTo(159.304, within(TOLERANCE));
		assertThat(spike.get(0).deviation()).isCloseTo(60, within(TOLERANCE));
		assertThat(spike.get(0).spike()).isTrue();

		List<SpendAnomaly> drop = this.detector.detect(eightWeeksThen(40, 0), JULY_27, JULY_27);
		assertThat(drop).singleElement().satisfies((anomaly) -> assertThat(anomaly.spike()).isFalse());
	}

	@Test
	void aQuietSundayIsNotAnAnomaly() {
		// Sunday August 2 (index 62): expected 20, the same half band 59.304, band 0 to
		// 79.304
		LocalDate sunday = JULY_27.plusDays(6);
		assertThat(this.detector.detect(eightWeeksThen(20, 6), sunday, sunday)).isEmpty();
		assertThat(this.detector.detect(eightWeeksThen(79, 6), sunday, sunday)).isEmpty();
		assertThat(this.detector.detect(eightWeeksThen(80, 6), sunday, sunday)).singleElement()
			.satisfies((anomaly) -> assertThat(anomaly.lowerBand()).isZero());
	}

	@Test
	void anEarlierSpikeNeitherMovesTheExpectationNorWidensTheBand() {
		double[] amounts = eightWeeksThen(160, 0).amounts();
		amounts[21] = 1000;
		// Mondays 90 110 90 1000 90 110 90 110: median still (90 + 110) ÷ 2 = 100;
		// residuals 16 of 5, 39 of 10 and one of 900: median still 10
		List<SpendAnomaly> anomalies = this.detector.detect(new DailySeries(JUNE_1, amounts), JULY_27, JULY_27);

		assertThat(anomalies).extracting(SpendAnomaly::day).containsExactly(JULY_27);
		assertThat(anomalies.get(0).expected()).isCloseTo(100, within(TOLERANCE));
		assertThat(anomalies.get(0).upperBand()).isCloseTo(159.304, within(TOLERANCE));
	}

	@Test
	void aSteadyHistoryHasItsFloor() {
		double[] amounts = new double[36];
		java.util.Arrays.fill(amounts, 50);
		amounts[35] = 56;
		// scale 0: the half band is max(0, 0.10 × 50, 1) = 5, so 56 is outside 45 to 55
		assertThat(this.detector.detect(new DailySeries(JUNE_1, amounts), JUNE_1, JUNE_1.plusDays(35))).singleElement()
			.satisfies((anomaly) -> assertThat(anomaly.upperBand()).isCloseTo(55, within(TOLERANCE)));
		amounts[35] = 55;
		assertThat(this.detector.detect(new DailySeries(JUNE_1, amounts), JUNE_1, JUNE_1.plusDays(35))).isEmpty();
	}

	@Test
	void fourWeeksAreNeededBeforeADayIsJudged() {
		double[] amounts = new double[28];
		amounts[27] = 1_000_000;
		assertThat(this.detector.detect(new DailySeries(JUNE_1, amounts), JUNE_1, JUNE_1.plusDays(27))).isEmpty();
		assertThatThrownBy(() -> new AnomalyDetector(0, 0.1, 1)).hasMessageContaining("positive");
	}

}
