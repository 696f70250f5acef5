package com.breakeven.ingestion;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

	private static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void timeLeft_isTheLinesLeftAtTheRateSoFar() {
		// 300,000 lines in 20 s = 15,000 lines/s; 1,200,000 - 300,000 = 900,000 left /
		// 15,000 = 60 s
		ImportProgress progress = new ImportProgress(7, 300_000, 1_200_000L, STARTED, STARTED.plusSeconds(20));

		assertThat(progress.linesPerSecond()).isEqualTo(15_000.0);
		assertThat(progress.timeLeft()).contains(Duration.ofSeconds(60));
	}

	@Test
	void timeLeft_isUnknownWithoutTheFilesSizeOrBeforeTheFirstSecond() {
		assertThat(new ImportProgress(7, 300_000, null, STARTED, STARTED.plusSeconds(20)).timeLeft()).isEmpty();
		ImportProgress justStarted = new ImportProgress(7, 10, 1_000L, STARTED, STARTED.plusNanos(400_000_000));
		assertThat(justStarted.linesPerSecond()).isZero();
		assertThat(justStarted.timeLeft()).isEmpty();
	}

}
