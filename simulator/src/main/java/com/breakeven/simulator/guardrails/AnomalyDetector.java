package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Days far outside their expected band, robust to weekdays and to a few outliers. A day
 * is judged against the {@value #WEEKS} weeks before it (never against itself or later
 * days, so that a day's verdict does not change when later days arrive): <pre>
 * expected  = median of the same weekday in those weeks
 * residual  = each earlier day − the median of its own weekday
 * scale     = 1.4826 × median |residual|       (the MAD; σ for normal noise)
 * half band = max(k × scale, relative floor × expected, absolute floor)
 * anomaly   ⇔ |day − expected| > half band
 * </pre> Medians, not means, so that one earlier spike neither moves the expectation nor
 * widens the band; the same weekday, so that a quiet Sunday after busy weekdays is not an
 * anomaly. The floors keep a perfectly steady history (scale 0) from calling every cent
 * of change an anomaly. A day needs {@value #MINIMUM_WEEKS} earlier weeks to be judged.
 *
 * @param threshold k, the half band in robust standard deviations (4 by default)
 * @param relativeFloor the smallest half band as a share of the expected day (0.10 by
 * default)
 * @param absoluteFloor the smallest half band in the series' unit
 */
public record AnomalyDetector(double threshold, double relativeFloor, double absoluteFloor) {

	/** Weeks before a day that make its expected band. */
	public static final int WEEKS = 8;

	/** Earlier weeks a day needs to be judged. */
	public static final int MINIMUM_WEEKS = 4;

	/** The MAD's factor that makes it σ for normally distributed noise. */
	static final double MAD_TO_SIGMA = 1.4826;

	public AnomalyDetector {
		if (!(threshold > 0) || !Double.isFinite(threshold)) {
			throw new IllegalArgumentException("the anomaly threshold must be a positive number, was " + threshold);
		}
		if (!(relativeFloor >= 0) || relativeFloor > 10) {
			throw new IllegalArgumentException("the relative floor must be 0 to 10, was " + relativeFloor);
		}
		if (!(absoluteFloor >= 0) || !Double.isFinite(absoluteFloor)) {
			throw new IllegalArgumentException(
					"the absolute floor must be finite and not negative, was " + absoluteFloor);
		}
	}

	/**
	 * @param series the scope's daily amounts
	 * @param from the first day to judge
	 * @param through the last day to judge
	 * @return the anomalies among those days, in day order
	 */
	public List<SpendAnomaly> detect(DailySeries series, LocalDate from, LocalDate through) {
		List<SpendAnomaly> anomalies = new ArrayList<>();
		int last = Math.min(series.length() - 1, series.indexOf(through));
		for (int index = Math.max(MINIMUM_WEEKS * 7, series.indexOf(from)); index <= last; index++) {
			SpendAnomaly judged = judge(series, index);
			if (judged != null) {
				anomalies.add(judged);
			}
		}
		return anomalies;
	}

	/** The day at {@code index} as an anomaly, or {@code null} when inside its band. */
	private SpendAnomaly judge(DailySeries series, int index) {
		int weeks = Math.min(WEEKS, index / 7);
		double[][] byWeekday = new double[7][weeks];
		for (int week = 0; week < weeks; week++) {
			for (int offset = 0; offset < 7; offset++) {
				// the day 'offset + 1' days before 'index' in week 'week', counting back
				int earlier = index - week * 7 - offset - 1;
				byWeekday[(offset + 1) % 7][week] = series.amount(earlier);
			}
		}
		double[] medians = new double[7];
		for (int weekday = 0; weekday < 7; weekday++) {
			medians[weekday] = median(byWeekday[weekday]);
		}
		double[] absoluteResiduals = new double[7 * weeks];
		for (int weekday = 0; weekday < 7; weekday++) {
			for (int week = 0; week < weeks; week++) {
				absoluteResiduals[weekday * weeks + week] = Math.abs(byWeekday[weekday][week] - medians[weekday]);
			}
		}
		double expected = expected(series, index);
		double scale = MAD_TO_SIGMA * median(absoluteResiduals);
		double halfBand = Math.max(this.threshold * scale, Math.max(this.relativeFloor * expected, this.absoluteFloor));
		double actual = series.amount(index);
		if (Math.abs(actual - expected) <= halfBand) {
			return null;
		}
		return new SpendAnomaly(series.day(index), actual, expected, Math.max(0, expected - halfBand),
				expected + halfBand);
	}

	/**
	 * What the day at {@code index} was expected to be: the median of its weekday over
	 * the (at most {@value #WEEKS}) weeks before it; 0 without a week before. The same
	 * expectation the band is centred on, for a member of a breakdown (a model, a team).
	 */
	public static double expected(DailySeries series, int index) {
		int weeks = Math.min(WEEKS, Math.max(0, index) / 7);
		if (weeks == 0 || index >= series.length()) {
			return 0;
		}
		double[] sameWeekday = new double[weeks];
		for (int week = 0; week < weeks; week++) {
			sameWeekday[week] = series.amount(index - 7 * (week + 1));
		}
		return median(sameWeekday);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
