package com.breakeven.simulator.guardrails;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

import com.breakeven.simulator.guardrails.SpendForecast.Method;

/**
 * The spend of a period (a month, a quarter) forecast from a scope's daily history. The
 * days still to come follow a linear model fitted by ordinary least squares on the last
 * {@value #WINDOW_DAYS} days of history, <pre>
 * spend(day) = level + trend × day + weekday effect(day's weekday) + ε,  ε ~ N(0, σ²)
 * </pre> with the weekday effect only from four weeks of history (two of each weekday are
 * too few to tell a weekday from noise) and the trend only from two. The 95 % interval of
 * the rest's sum S = Σ xₕ·β over the H days to come is the least-squares prediction
 * interval of a sum, <pre>
 * Var(S − Ŝ) = σ² (H + sᵀ (XᵀX)⁻¹ s),   s = Σ xₕ
 * Ŝ ± t(0.975, n − p) √Var
 * </pre> (n days fitted, p coefficients): the days' own noise plus the uncertainty of the
 * fitted coefficients. Spend is never negative, so neither the rest nor the interval's
 * lower end goes below zero. Fewer than {@value #MINIMUM_DAYS} days give no forecast.
 */
public final class SpendForecaster {

	/**
	 * Days of history fitted at most: a quarter, so that an old trend does not linger.
	 */
	public static final int WINDOW_DAYS = 91;

	/** Days of history needed for any forecast. */
	public static final int MINIMUM_DAYS = 3;

	/** Days of history from which a trend is fitted. */
	public static final int TREND_DAYS = 14;

	/** Days of history from which a weekday pattern is fitted. */
	public static final int WEEKDAY_DAYS = 28;

	private SpendForecaster() {
	}

	/**
	 * @param history the scope's daily amounts through {@code asOf} (later days are not
	 * read)
	 * @param periodStart the period's first day
	 * @param periodEnd the period's last day, on or after its start
	 * @param asOf the last day with known spend
	 * @return the period's forecast; empty when the history holds fewer than
	 * {@value #MINIMUM_DAYS} days and the period is not over
	 */
	public static Optional<SpendForecast> forecast(DailySeries history, LocalDate periodStart, LocalDate periodEnd,
			LocalDate asOf) {
		if (periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException(
					"a period ends on or after its start, was " + periodStart + " to " + periodEnd);
		}
		double actual = history.sum(periodStart, asOf.isAfter(periodEnd) ? periodEnd : asOf);
		LocalDate firstToCome = asOf.isBefore(periodStart) ? periodStart : asOf.plusDays(1);
		int daysToCome = (int) Math.max(0, ChronoUnit.DAYS.between(firstToCome, periodEnd) + 1);
		if (daysToCome == 0) {
			return Optional.of(new SpendForecast(periodStart, periodEnd, asOf, actual, actual, actual, actual,
					Method.PERIOD_OVER, 0));
		}
		int end = Math.min(history.length() - 1, history.indexOf(asOf));
		int start = Math.max(0, end - WINDOW_DAYS + 1);
		int fitted = end - start + 1;
		if (fitted < MINIMUM_DAYS) {
			return Optional.empty();
		}
		Method method = (fitted >= WEEKDAY_DAYS) ? Method.WEEKDAY_AND_TREND
				: (fitted >= TREND_DAYS) ? Method.TREND : Method.LEVEL;
		double[] spend = new double[fitted];
		double[][] design = new double[fitted][];
		for (int row = 0; row < fitted; row++) {
			spend[row] = history.amount(start + row);
			design[row] = regressors(method, row, history.day(start + row).getDayOfWeek());
		}
		OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
		regression.setNoIntercept(true);
		regression.newSampleData(spend, design);
		double[] coefficients = regression.estimateRegressionParameters();
		double errorVariance = regression.estimateErrorVariance();
		RealMatrix inverseGram = MatrixUtils.createRealMatrix(regression.estimateRegressionParametersVariance());

		double[] summed = new double[coefficients.length];
		LocalDate fitStart = history.day(start);
		for (LocalDate day = firstToCome; !day.isAfter(periodEnd); day = day.plusDays(1)) {
			double[] x = regressors(method, (int) ChronoUnit.DAYS.between(fitStart, day), day.getDayOfWeek());
			for (int column = 0; column < x.length; column++) {
				summed[column] += x[column];
			}
		}
		double rest = 0;
		for (int column = 0; column < summed.length; column++) {
			rest += summed[column] * coefficients[column];
		}
		double[] gramTimesSum = inverseGram.operate(summed);
		double quadratic = 0;
		for (int column = 0; column < summed.length; column++) {
			quadratic += summed[column] * gramTimesSum[column];
		}
		double spread = Math.sqrt(Math.max(0, errorVariance * (daysToCome + quadratic)));
		int degreesOfFreedom = fitted - coefficients.length;
		double t = new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.975);
		double expectedRest = Math.max(0, rest);
		return Optional.of(new SpendForecast(periodStart, periodEnd, asOf, actual, actual + expectedRest,
				actual + Math.max(0, rest - t * spread), actual + Math.max(0, rest + t * spread), method, fitted));
	}

	/**
	 * One day's regressors: a constant, then the day's index from the fit's first day
	 * (with a trend), then one indicator per weekday from Tuesday to Sunday (with the
	 * weekday pattern; Monday is the constant's).
	 */
	private static double[] regressors(Method method, int dayIndex, DayOfWeek weekday) {
		int columns = switch (method) {
			case WEEKDAY_AND_TREND -> 8;
			case TREND -> 2;
			default -> 1;
		};
		double[] x = new double[columns];
		x[0] = 1;
		if (columns > 1) {
			x[1] = dayIndex;
		}
		if (columns > 2 && weekday != DayOfWeek.MONDAY) {
			x[1 + weekday.getValue() - 1] = 1;
		}
		return x;
	}

}
