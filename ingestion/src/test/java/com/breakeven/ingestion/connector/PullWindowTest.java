package com.breakeven.ingestion.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PullWindowTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Test
	void next_firstPullBackfillsWholeDaysEndingBeforeToday() {
		// 90 days before 30 November is 1 September; the window ends at the start of
		// today
		PullWindow window = PullWindow.next(null, TODAY, 90, 2).orElseThrow();
		assertThat(window).isEqualTo(new PullWindow(LocalDate.of(2026, 9, 1), TODAY));
		assertThat(window.days()).isEqualTo(90);
	}

	@Test
	void next_laterPullsStartAfterTheCursorLessTheRestatedDays() {
		// stored through 25 November, 2 days restated: 24 November to 29 November
		assertThat(PullWindow.next(LocalDate.of(2026, 11, 25), TODAY, 90, 2))
			.contains(new PullWindow(LocalDate.of(2026, 11, 24), TODAY));
	}

	@Test
	void next_noneWhenYesterdayIsStoredAndNothingIsRestated() {
		assertThat(PullWindow.next(TODAY.minusDays(1), TODAY, 90, 0)).isEmpty();
	}

	@Test
	void next_aLongPauseIsFilledWholeNotCutToTheBackfill() {
		// paused 200 days: all 200 are pulled
		assertThat(PullWindow.next(TODAY.minusDays(201), TODAY, 90, 0).orElseThrow().days()).isEqualTo(200);
	}

	@Test
	void lagDays_countsCompleteDaysNotYetStored() {
		assertThat(PullWindow.lagDays(TODAY.minusDays(1), TODAY)).contains(0L);
		assertThat(PullWindow.lagDays(LocalDate.of(2026, 11, 26), TODAY)).contains(3L);
		assertThat(PullWindow.lagDays(null, TODAY)).isEmpty();
	}

	@Test
	void pullWindow_mustEndAfterItStarts() {
		assertThatThrownBy(() -> new PullWindow(TODAY, TODAY))
			.hasMessage("a pull window must end after it starts, was 2026-11-30 to 2026-11-30");
	}

}
