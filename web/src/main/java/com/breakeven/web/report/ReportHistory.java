package com.breakeven.web.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's history as a person reads it: one entry per period covered, newest period
 * first, with every run for it (a "run now", a scheduled run, a retry after a failure)
 * listed under it with when it ran, newest first. Without this the same period stood in
 * two rows that differed only in a time.
 */
public final class ReportHistory {

	private ReportHistory() {
	}

	/**
	 * @param period the period the runs covered
	 * @param runs its runs, newest first
	 */
	public record Period(ReportPeriod period, List<GeneratedReports.Generated> runs) {

		public Period {
			if (runs.isEmpty()) {
				throw new IllegalArgumentException("a period in the history has at least one run, had none");
			}
			runs = List.copyOf(runs);
		}

		/** The newest run: what the period's files are now. */
		public GeneratedReports.Generated latest() {
			return this.runs.get(0);
		}

	}

	/**
	 * The runs grouped by period, newest period first, each period's runs newest first.
	 */
	public static List<Period> of(List<GeneratedReports.Generated> runs) {
		Map<ReportPeriod, List<GeneratedReports.Generated>> byPeriod = new LinkedHashMap<>();
		runs.stream()
			.sorted(Comparator.comparing(GeneratedReports.Generated::startedAt)
				.thenComparing(GeneratedReports.Generated::id)
				.reversed())
			.forEach(run -> byPeriod.computeIfAbsent(run.period(), p -> new ArrayList<>()).add(run));
		List<Period> periods = new ArrayList<>();
		byPeriod.forEach((period, list) -> periods.add(new Period(period, list)));
		periods.sort(Comparator.comparing((Period p) -> p.period().start()).reversed());
		return periods;
	}

}
