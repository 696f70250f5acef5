package com.breakeven.ingestion;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.breakeven.ingestion.ImportProgress.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

	private static final OffsetDateTime STARTED = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void timeLeft_isTheLinesLeftAtTheRateSoFar() {
		// 300,000 lines in 20 s = 15,000 lines/s; 1,200,000 - 300,000 = 900,000 left /
		// 15,000 = 60 s
		ImportProgress progress = new ImportProgress(7, Phase.READING, 300_000, 300_000, 1_200_000L, STARTED,
				STARTED.plusSeconds(20));

		assertThat(progress.linesPerSecond()).isEqualTo(15_000.0);
		assertThat(progress.timeLeft()).contains(Duration.ofSeconds(60));
		assertThat(progress.percentRead()).hasValue(25.0);
		assertThat(progress.describe())
			.isEqualTo("reading and staging: 300,000 of 1,200,000 lines (25 %), 15,000 lines/s, about 1m00s left");
	}

	@Test
	void timeLeft_afterAResumeCountsTheEarlierLinesAndTheRateSinceTheResume() {
		// 980,000 of 1,000,000 lines committed; this execution read the last 20,000 of
		// them in 10 s = 2,000 lines/s; 20,000 left / 2,000 = 10 s; 98 % read
		ImportProgress resumed = new ImportProgress(7, Phase.READING, 980_000, 20_000, 1_000_000L, STARTED,
				STARTED.plusSeconds(10));

		assertThat(resumed.linesPerSecond()).isEqualTo(2_000.0);
		assertThat(resumed.timeLeft()).contains(Duration.ofSeconds(10));
		assertThat(resumed.percentRead()).hasValue(98.0);
	}

	@Test
	void timeLeft_isUnknownWithoutTheFilesSizeOrBeforeTheFirstSecond() {
		ImportProgress sizeUnknown = new ImportProgress(7, Phase.READING, 300_000, 300_000, null, STARTED,
				STARTED.plusSeconds(20));
		assertThat(sizeUnknown.timeLeft()).isEmpty();
		assertThat(sizeUnknown.percentRead()).isEmpty();
		assertThat(sizeUnknown.describe()).isEqualTo("reading and staging: 300,000 lines, 15,000 lines/s");
		ImportProgress justStarted = new ImportProgress(7, Phase.READING, 10, 10, 1_000L, STARTED,
				STARTED.plusNanos(400_000_000));
		assertThat(justStarted.linesPerSecond()).isZero();
		assertThat(justStarted.timeLeft()).isEmpty();
	}

	@Test
	void describe_whilePublishingSaysSoWithoutARate() {
		ImportProgress publishing = new ImportProgress(7, Phase.PUBLISHING, 1_000_000, 0, 1_000_000L, STARTED,
				STARTED.plusSeconds(3));

		assertThat(publishing.describe()).isEqualTo("publishing: 1,000,000 of 1,000,000 lines (100 %)");
		assertThat(publishing.timeLeft()).isEmpty();
	}

}
