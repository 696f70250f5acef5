package com.breakeven.tco.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.breakeven.tco.LatencySlo;
import com.breakeven.tco.ThroughputMeasurement;

class ThroughputSelectionTest {

	private static final ThroughputMeasurement AT_8 = measured(8, 900, 30d);

	private static final ThroughputMeasurement AT_32 = measured(32, 2600, 45d);

	private static final ThroughputMeasurement OFFLINE = ThroughputMeasurement.throughputOnly("m", "FP8", "TRT-LLM", 0,
			1000, 1000, 9000, null);

	@Test
	void highestConcurrencyMeeting_withoutSloTakesTheOfflineRun() {
		assertThat(ThroughputSelection.highestConcurrencyMeeting(List.of(AT_8, OFFLINE, AT_32), LatencySlo.NONE))
			.contains(OFFLINE);
	}

	@Test
	void highestConcurrencyMeeting_skipsRunsThatBreakTheSloOrCannotProveIt() {
		assertThat(ThroughputSelection.highestConcurrencyMeeting(List.of(AT_8, OFFLINE, AT_32),
				new LatencySlo(Double.POSITIVE_INFINITY, 40)))
			.contains(AT_8);
	}

	@Test
	void highestConcurrencyMeeting_emptyWhenNothingQualifies() {
		assertThat(ThroughputSelection.highestConcurrencyMeeting(List.of(AT_8, AT_32), new LatencySlo(1000, 5)))
			.isEmpty();
	}

	private static ThroughputMeasurement measured(int concurrency, double outputTokensPerSecond, Double itlP99) {
		return new ThroughputMeasurement("m", "FP8", "vLLM", concurrency, 1000, 200, outputTokensPerSecond, null, 100d,
				500d, itlP99 / 2, itlP99);
	}

}
