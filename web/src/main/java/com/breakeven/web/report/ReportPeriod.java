package com.breakeven.web.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import com.breakeven.web.DayWords;

/**
 * The days a report covers: {@code start} inclusive, {@code end} exclusive (a month is
 * the 1st to the 1st of the next).
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

	/** How long a report's period is. */
	public enum Kind {

		WEEK, MONTH, QUARTER

	}

	public ReportPeriod {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
		}
	}

	/**
	 * The last period of this kind that has ended by the day: on 2026-11-23 the last
	 * month is October 2026, the last week Monday 16 to Sunday 22 November, the last
	 * quarter July to September.
	 */
	public static ReportPeriod lastComplete(Kind kind, LocalDate today) {
		return switch (kind) {
			case WEEK -> {
				LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new ReportPeriod(thisMonday.minusWeeks(1), thisMonday);
			}
			case MONTH -> {
				LocalDate first = today.withDayOfMonth(1);
				yield new ReportPeriod(first.minusMonths(1), first);
			}
			case QUARTER -> {
				LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new ReportPeriod(quarterStart.minusMonths(3), quarterStart);
			}
		};
	}

	/** The period of the same length just before this one. */
	public ReportPeriod previous(Kind kind) {
		return switch (kind) {
			case WEEK -> new ReportPeriod(this.start.minusWeeks(1), this.start);
			case MONTH -> new ReportPeriod(this.start.minusMonths(1), this.start);
			case QUARTER -> new ReportPeriod(this.start.minusMonths(3), this.start);
		};
	}

	/** The last day in the period. */
	public LocalDate lastDay() {
		return this.end.minusDays(1);
	}

	/**
	 * The period as people name it: "October 2026" for a calendar month, "July to
	 * September 2026" for a quarter, else its days ("16 November 2026 to 22 November
	 * 2026"); {@link #toString()} keeps the ISO days for logs and file names.
	 */
	public String inWords() {
		return DayWords.span(this.start, lastDay());
	}

	@Override
	public String toString() {
		return this.start + " to " + lastDay();
	}

}
