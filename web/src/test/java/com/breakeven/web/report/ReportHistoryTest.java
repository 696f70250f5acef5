package com.breakeven.web.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A period run twice (a failure and its retry, or "run now" after the schedule) is one
 * entry of the history, its runs under it newest first.
 */
class ReportHistoryTest {

	private static final ReportPeriod SEPTEMBER = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));

	private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

	@Test
	void of_eachPeriodOnceWithItsRunsNewestFirst() {
		GeneratedReports.Generated octoberFailed = run(1, OCTOBER, "FAILED", "2026-11-01T06:00Z");
		GeneratedReports.Generated octoberRetried = run(2, OCTOBER, "SUCCEEDED", "2026-11-01T06:15Z");
		GeneratedReports.Generated septemberRunNow = run(3, SEPTEMBER, "SUCCEEDED", "2026-11-30T16:39Z");
		GeneratedReports.Generated octoberRunNow = run(4, OCTOBER, "SUCCEEDED", "2026-11-30T16:40Z");

		List<ReportHistory.Period> history = ReportHistory
			.of(List.of(octoberRunNow, septemberRunNow, octoberRetried, octoberFailed));

		// newest period first, however recently an older one was run
		assertThat(history).extracting(ReportHistory.Period::period).containsExactly(OCTOBER, SEPTEMBER);
		assertThat(history.get(0).runs()).containsExactly(octoberRunNow, octoberRetried, octoberFailed);
		assertThat(history.get(0).latest()).isEqualTo(octoberRunNow);
		assertThat(history.get(1).runs()).containsExactly(septemberRunNow);
	}

	@Test
	void of_theSameMinuteOrderedByIdNewestFirst() {
		GeneratedReports.Generated first = run(7, OCTOBER, "SUCCEEDED", "2026-11-30T16:39Z");
		GeneratedReports.Generated second = run(8, OCTOBER, "SUCCEEDED", "2026-11-30T16:39Z");

		assertThat(ReportHistory.of(List.of(first, second))).singleElement()
			.extracting(ReportHistory.Period::runs)
			.isEqualTo(List.of(second, first));
	}

	@Test
	void of_nothingRunIsAnEmptyHistory() {
		assertThat(ReportHistory.of(List.of())).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportHistory.Period(OCTOBER, List.of()));
	}

	private static GeneratedReports.Generated run(long id, ReportPeriod period, String status, String startedAt) {
		OffsetDateTime started = OffsetDateTime.parse(startedAt).withOffsetSameInstant(ZoneOffset.UTC);
		return new GeneratedReports.Generated(id, 1, period, status, "FAILED".equals(status) ? "database down" : null,
				started, started.plusSeconds(20), null, List.of());
	}

}
