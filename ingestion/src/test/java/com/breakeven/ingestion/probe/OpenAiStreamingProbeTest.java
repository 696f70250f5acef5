package com.breakeven.ingestion.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The probe against a local server that streams at a known rate: what it measures lands
 * within 10 % of what the server was set to, and failures are counted, not thrown.
 */
class OpenAiStreamingProbeTest {

	private static final Duration FIRST_TOKEN = Duration.ofMillis(300);

	private static final Duration INTER_TOKEN = Duration.ofMillis(40);

	@Test
	void runLevel_measuresTheServersFirstTokenDelayTokenIntervalAndRateWithinTenPercent() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(FIRST_TOKEN, INTER_TOKEN, 0);
				OpenAiStreamingProbe probe = new OpenAiStreamingProbe(settings(server, Duration.ofSeconds(4)))) {
			String calibration = probe.calibrate();
			List<String> progress = new ArrayList<>();

			LevelResult level = probe.runLevel(4, progress::add);

			// one prompt token per word: 5 words of preamble, 195 calibrated words
			assertThat(calibration).contains("195 words for 200 tokens");
			assertThat(level.meanPromptTokens()).isEqualTo(200.0);
			assertThat(level.meanOutputTokens()).isEqualTo(10.0);
			assertThat(level.failed()).isZero();
			assertThat(level.ttftP50Ms()).isCloseTo(300.0, withinPercentage(10));
			assertThat(level.itlP50Ms()).isCloseTo(40.0, withinPercentage(10));
			// a request: 300 ms to the first token + 9 × 40 ms = 660 ms; 4 streams of 10
			// tokens each 660 ms: 4 × 10 / 0.66 = 60.6 output tokens/s
			assertThat(level.e2eP50Ms()).isCloseTo(660.0, withinPercentage(10));
			assertThat(level.outputTokensPerSecond()).isCloseTo(60.6, withinPercentage(10));
			assertThat(level.requestsPerSecond()).isCloseTo(4 / 0.66, withinPercentage(10));
			assertThat(progress).isNotEmpty().allMatch(line -> line.contains("concurrency 4"));
		}
	}

	@Test
	void runLevel_countsErrorsTimeoutsAndMalformedStreamsAndKeepsMeasuringTheRest() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(20), Duration.ofMillis(5), 3);
				OpenAiStreamingProbe probe = new OpenAiStreamingProbe(new ProbeSettings(server.endpoint(), "test-model",
						null, List.of(6), 50, 10, Duration.ofSeconds(3), Duration.ofSeconds(1)))) {
			LevelResult level = probe.runLevel(6, line -> {
			});

			assertThat(level.completed()).isPositive();
			assertThat(level.errors()).isPositive();
			assertThat(level.malformed()).isPositive();
			assertThat(level.timeouts()).isPositive();
			assertThat(String.join(" | ", level.failureSamples())).containsAnyOf("HTTP 500", "data is not JSON",
					"within the request timeout");
			// every third request fails; of those a third each way
			double share = (double) level.failed() / (level.completed() + level.failed());
			assertThat(share).isCloseTo(1.0 / 3, within(0.1));
		}
	}

	@Test
	void runLevel_aServerThatIsNotThereCountsEveryRequestAsAnError() {
		ProbeSettings settings = new ProbeSettings(java.net.URI.create("http://127.0.0.1:9/v1"), "m", null, List.of(2),
				10, 10, Duration.ofMillis(300), Duration.ofSeconds(1));
		try (OpenAiStreamingProbe probe = new OpenAiStreamingProbe(settings)) {
			LevelResult level = probe.runLevel(2, line -> {
			});

			assertThat(level.completed()).isZero();
			assertThat(level.errors()).isPositive();
			assertThat(level.failureSamples().get(0)).startsWith("ERROR: ");
		}
	}

	@Test
	void send_asksForExactOutputLengthsUnlessTheServerRefusesUnknownFields() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(5), Duration.ofMillis(1), 0)) {
			ProbeSettings exact = settings(server, Duration.ofMillis(200));
			ProbeSettings plain = new ProbeSettings(exact.endpoint(), exact.model(), null, exact.concurrencyLevels(),
					exact.inputTokens(), exact.outputTokens(), exact.duration(), exact.requestTimeout(), false);
			try (OpenAiStreamingProbe probe = new OpenAiStreamingProbe(plain)) {
				probe.runLevel(1, line -> {
				});
			}
			assertThat(server.requests()).isPositive();
			assertThat(server.askedToIgnoreEos()).isZero();
			try (OpenAiStreamingProbe probe = new OpenAiStreamingProbe(exact)) {
				probe.runLevel(1, line -> {
				});
			}
			assertThat(server.askedToIgnoreEos()).isPositive();
		}
	}

	private static ProbeSettings settings(StreamingTestServer server, Duration duration) {
		return new ProbeSettings(server.endpoint(), "test-model", null, List.of(4), 200, 10, duration,
				Duration.ofSeconds(10));
	}

}
