package com.breakeven.simulator.guardrails;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A scope's amounts day by day, without gaps, from its first day with usage through a
 * last day: a day the history does not name had no usage and counts 0, the way a
 * provider's export leaves out a day nothing was used.
 *
 * @param first the first day
 * @param amounts one amount a day from {@code first}, copied
 */
public record DailySeries(LocalDate first, double[] amounts) {

	public DailySeries {
		if (first == null || amounts == null) {
			throw new IllegalArgumentException("a daily series needs its first day and its amounts");
		}
		amounts = amounts.clone();
		for (int index = 0; index < amounts.length; index++) {
			if (!Double.isFinite(amounts[index]) || amounts[index] < 0) {
				throw new IllegalArgumentException("the amount of " + first.plusDays(index)
						+ " must be finite and not negative, was " + amounts[index]);
			}
		}
	}

	/**
	 * @param history days with usage, in any order, at most one entry a day
	 * @param through the series' last day (days after it are left out)
	 * @return the series from the earliest day of {@code history} through
	 * {@code through}; empty when no day of the history is on or before it
	 */
	public static DailySeries of(List<DailyAmount> history, LocalDate through) {
		LocalDate first = history.stream()
			.map(DailyAmount::day)
			.filter((day) -> !day.isAfter(through))
			.min(LocalDate::compareTo)
			.orElse(through.plusDays(1));
		double[] amounts = new double[(int) Math.max(0, ChronoUnit.DAYS.between(first, through) + 1)];
		boolean[] seen = new boolean[amounts.length];
		for (DailyAmount entry : history) {
			if (!entry.day().isAfter(through)) {
				int index = (int) ChronoUnit.DAYS.between(first, entry.day());
				if (seen[index]) {
					throw new IllegalArgumentException("the history names " + entry.day() + " twice");
				}
				seen[index] = true;
				amounts[index] = entry.amount();
			}
		}
		return new DailySeries(first, amounts);
	}

	/** Days in the series. */
	public int length() {
		return this.amounts.length;
	}

	/** The day at an index (0 is {@link #first()}). */
	public LocalDate day(int index) {
		return this.first.plusDays(index);
	}

	/** The amount at an index. */
	public double amount(int index) {
		return this.amounts[index];
	}

	/**
	 * The index of a day; negative before the first day, {@code length()} or more after
	 * the last.
	 */
	public int indexOf(LocalDate day) {
		return (int) ChronoUnit.DAYS.between(this.first, day);
	}

	/**
	 * The sum of the days from {@code from} through {@code through} that the series
	 * holds.
	 */
	public double sum(LocalDate from, LocalDate through) {
		double sum = 0;
		for (int index = Math.max(0, indexOf(from)); index <= Math.min(length() - 1, indexOf(through)); index++) {
			sum += this.amounts[index];
		}
		return sum;
	}

	@Override
	public double[] amounts() {
		return this.amounts.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DailySeries series && this.first.equals(series.first)
				&& Arrays.equals(this.amounts, series.amounts);
	}

	@Override
	public int hashCode() {
		return 31 * this.first.hashCode() + Arrays.hashCode(this.amounts);
	}

	@Override
	public String toString() {
		return "DailySeries[first=" + this.first + ", amounts=" + Arrays.toString(this.amounts) + "]";
	}

}
